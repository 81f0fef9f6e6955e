package org.ocppbridge.mappings.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The records of the security plane (M03–M05, A02/A03) and of GetReport (B08) hold the schema's limits. */
class CertificateRecordsTest {

    private static final CertificateHashDataType HASH =
            new CertificateHashDataType(HashAlgorithmEnumType.SHA256, "ab12", "cd34", "1f");

    private static void violates(String type, String field, Executable build) {
        OcppConstraintException e = assertThrows(OcppConstraintException.class, build);
        assertEquals(type, e.type());
        assertEquals(field, e.field());
    }

    private static void assertLimit(String type, String field, int max, Consumer<String> build) {
        build.accept("x".repeat(max));
        violates(type, field, () -> build.accept("x".repeat(max + 1)));
    }

    @Test
    void every_required_field_left_null_is_named() {
        violates(
                "InstallCertificateRequest",
                "certificateType",
                () -> new InstallCertificateRequest(null, "-----BEGIN CERTIFICATE-----"));
        violates(
                "InstallCertificateRequest",
                "certificate",
                () -> new InstallCertificateRequest(InstallCertificateUseEnumType.CSMSRootCertificate, null));
        violates("InstallCertificateResponse", "status", () -> new InstallCertificateResponse(null, null));
        violates("CertificateHashDataType", "hashAlgorithm", () -> new CertificateHashDataType(null, "a", "b", "c"));
        violates(
                "CertificateHashDataType",
                "issuerNameHash",
                () -> new CertificateHashDataType(HashAlgorithmEnumType.SHA256, null, "b", "c"));
        violates(
                "CertificateHashDataType",
                "issuerKeyHash",
                () -> new CertificateHashDataType(HashAlgorithmEnumType.SHA256, "a", null, "c"));
        violates(
                "CertificateHashDataType",
                "serialNumber",
                () -> new CertificateHashDataType(HashAlgorithmEnumType.SHA256, "a", "b", null));
        violates(
                "CertificateHashDataChainType",
                "certificateHashData",
                () -> new CertificateHashDataChainType(null, GetCertificateIdUseEnumType.CSMSRootCertificate, null));
        violates(
                "CertificateHashDataChainType",
                "certificateType",
                () -> new CertificateHashDataChainType(HASH, null, null));
        violates(
                "GetInstalledCertificateIdsResponse",
                "status",
                () -> new GetInstalledCertificateIdsResponse(null, null, null));
        violates("DeleteCertificateRequest", "certificateHashData", () -> new DeleteCertificateRequest(null));
        violates("DeleteCertificateResponse", "status", () -> new DeleteCertificateResponse(null, null));
        violates("SignCertificateRequest", "csr", () -> new SignCertificateRequest(null, null));
        violates("SignCertificateResponse", "status", () -> new SignCertificateResponse(null, null));
        violates("CertificateSignedRequest", "certificateChain", () -> new CertificateSignedRequest(null, null));
        violates("CertificateSignedResponse", "status", () -> new CertificateSignedResponse(null, null));
        violates("ComponentVariableType", "component", () -> new ComponentVariableType(null, null));
        violates("GetReportRequest", "requestId", () -> new GetReportRequest(null, null, null));
        violates("GetReportResponse", "status", () -> new GetReportResponse(null, null));
    }

    @Test
    void a_string_one_over_its_limit_is_named_and_one_at_the_limit_passes() {
        assertLimit(
                "InstallCertificateRequest",
                "certificate",
                5500,
                s -> new InstallCertificateRequest(InstallCertificateUseEnumType.ManufacturerRootCertificate, s));
        assertLimit(
                "CertificateHashDataType",
                "issuerNameHash",
                128,
                s -> new CertificateHashDataType(HashAlgorithmEnumType.SHA256, s, "b", "c"));
        assertLimit(
                "CertificateHashDataType",
                "issuerKeyHash",
                128,
                s -> new CertificateHashDataType(HashAlgorithmEnumType.SHA256, "a", s, "c"));
        assertLimit(
                "CertificateHashDataType",
                "serialNumber",
                40,
                s -> new CertificateHashDataType(HashAlgorithmEnumType.SHA256, "a", "b", s));
        assertLimit("SignCertificateRequest", "csr", 5500, s -> new SignCertificateRequest(s, null));
        assertLimit("CertificateSignedRequest", "certificateChain", 10000, s -> new CertificateSignedRequest(s, null));
    }

    @Test
    void optional_lists_are_null_or_hold_at_least_one_element_and_at_most_their_maxItems() {
        assertNull(new GetInstalledCertificateIdsRequest(null).certificateType());
        violates(
                "GetInstalledCertificateIdsRequest",
                "certificateType",
                () -> new GetInstalledCertificateIdsRequest(List.of()));
        violates(
                "GetInstalledCertificateIdsResponse",
                "certificateHashDataChain",
                () -> new GetInstalledCertificateIdsResponse(
                        GetInstalledCertificateStatusEnumType.Accepted, null, List.of()));
        List<CertificateHashDataType> four = List.of(HASH, HASH, HASH, HASH);
        assertEquals(
                4,
                new CertificateHashDataChainType(HASH, GetCertificateIdUseEnumType.V2GCertificateChain, four)
                        .childCertificateHashData()
                        .size());
        List<CertificateHashDataType> five = new ArrayList<>(four);
        five.add(HASH);
        violates(
                "CertificateHashDataChainType",
                "childCertificateHashData",
                () -> new CertificateHashDataChainType(HASH, GetCertificateIdUseEnumType.V2GCertificateChain, five));
        violates("GetReportRequest", "componentVariable", () -> new GetReportRequest(List.of(), 1, null));
        List<ComponentCriterionEnumType> all = List.of(ComponentCriterionEnumType.values());
        assertEquals(all, new GetReportRequest(null, 1, all).componentCriteria());
        List<ComponentCriterionEnumType> tooMany = new ArrayList<>(all);
        tooMany.add(ComponentCriterionEnumType.Active);
        violates("GetReportRequest", "componentCriteria", () -> new GetReportRequest(null, 1, tooMany));
    }

    @Test
    void the_lists_are_copies_the_caller_cannot_change_afterwards() {
        List<GetCertificateIdUseEnumType> uses =
                new ArrayList<>(List.of(GetCertificateIdUseEnumType.CSMSRootCertificate));
        GetInstalledCertificateIdsRequest request = new GetInstalledCertificateIdsRequest(uses);
        uses.add(GetCertificateIdUseEnumType.MORootCertificate);
        assertEquals(List.of(GetCertificateIdUseEnumType.CSMSRootCertificate), request.certificateType());
        assertThrows(UnsupportedOperationException.class, () -> request.certificateType()
                .add(GetCertificateIdUseEnumType.V2GRootCertificate));
    }

    @Test
    void hash_data_match_ignores_the_case_of_the_hex_because_identifierStrings_are_case_insensitive() {
        // Errata 2023-12 §2.15.1: the three fields are identifierString, which compares case-insensitively.
        assertTrue(HASH.sameCertificateAs(
                new CertificateHashDataType(HashAlgorithmEnumType.SHA256, "AB12", "CD34", "1F")));
        assertFalse(HASH.sameCertificateAs(
                new CertificateHashDataType(HashAlgorithmEnumType.SHA384, "ab12", "cd34", "1f")));
        assertFalse(HASH.sameCertificateAs(
                new CertificateHashDataType(HashAlgorithmEnumType.SHA256, "ab12", "cd34", "01f")));
        assertFalse(HASH.sameCertificateAs(
                new CertificateHashDataType(HashAlgorithmEnumType.SHA256, "ab13", "cd34", "1f")));
        assertFalse(HASH.sameCertificateAs(
                new CertificateHashDataType(HashAlgorithmEnumType.SHA256, "ab12", "cd35", "1f")));
    }

    @Test
    void the_factories_give_the_status_and_reason_they_name() {
        assertEquals(
                InstallCertificateStatusEnumType.Accepted,
                InstallCertificateResponse.accepted().status());
        InstallCertificateResponse rejected = InstallCertificateResponse.rejected("InvalidCertificate", null);
        assertEquals(InstallCertificateStatusEnumType.Rejected, rejected.status());
        assertEquals("InvalidCertificate", rejected.statusInfo().reasonCode());
        assertEquals(
                InstallCertificateStatusEnumType.Failed,
                InstallCertificateResponse.failed("StorageFull", null).status());
        assertEquals(
                GetInstalledCertificateStatusEnumType.NotFound,
                GetInstalledCertificateIdsResponse.notFound().status());
        assertNull(GetInstalledCertificateIdsResponse.notFound().certificateHashDataChain());
        assertEquals(
                DeleteCertificateStatusEnumType.NotFound,
                DeleteCertificateResponse.notFound().status());
        assertEquals(
                DeleteCertificateStatusEnumType.Failed,
                DeleteCertificateResponse.failed("x", null).status());
        assertEquals(
                GenericStatusEnumType.Rejected,
                SignCertificateResponse.rejected().status());
        assertEquals(
                CertificateSignedStatusEnumType.Rejected,
                CertificateSignedResponse.rejected("x", "y").status());
    }
}
