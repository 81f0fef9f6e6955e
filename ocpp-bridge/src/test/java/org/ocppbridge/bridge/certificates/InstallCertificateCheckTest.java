package org.ocppbridge.bridge.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.mappings.ocpp.InstallCertificateRequest;
import org.ocppbridge.mappings.ocpp.InstallCertificateStatusEnumType;
import org.ocppbridge.mappings.ocpp.InstallCertificateUseEnumType;

/** The M05 rules of {@link InstallCertificateCheck}, one per test, with certificates made here. */
class InstallCertificateCheckTest {

    private static final InstallCertificateCheck.Limits LIMITS = new InstallCertificateCheck.Limits(10000, 3);
    private final InstallCertificateCheck check = new InstallCertificateCheck(Clock.fixed(Pki.NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    private CertificateStore store;

    @BeforeEach
    void open() throws Exception {
        store = CertificateStore.open(dir, Clock.fixed(Pki.NOW, ZoneOffset.UTC));
    }

    private InstallDecision install(InstallCertificateUseEnumType use, X509Certificate... certificates) {
        return check.check(
                new InstallCertificateRequest(use, PemFiles.writeCertificates(List.of(certificates))), LIMITS, store);
    }

    private static void rejected(InstallDecision decision, String reasonCode) {
        assertEquals(InstallCertificateStatusEnumType.Rejected, decision.status(), decision.reason());
        assertEquals(reasonCode, decision.reasonCode());
        assertEquals(reasonCode, decision.response().statusInfo().reasonCode());
        assertNull(decision.certificate());
    }

    @Test
    void TC_M_01_a_valid_self_signed_CSMS_root_is_Accepted_as_a_CSMSRootCertificate() throws Exception {
        X509Certificate root = Pki.root("CSMS").certificate();
        InstallDecision decision = install(InstallCertificateUseEnumType.CSMSRootCertificate, root);
        assertEquals(InstallCertificateStatusEnumType.Accepted, decision.status());
        assertEquals(StoredCertificateType.CSMSRootCertificate, decision.type());
        assertSame(null, decision.response().statusInfo());
        assertEquals(root, decision.certificate());
    }

    @Test
    void TC_M_02_a_manufacturer_root_is_Accepted_as_a_ManufacturerRootCertificate() throws Exception {
        InstallDecision decision = install(
                InstallCertificateUseEnumType.ManufacturerRootCertificate,
                Pki.root("Maker").certificate());
        assertEquals(InstallCertificateStatusEnumType.Accepted, decision.status());
        assertEquals(StoredCertificateType.ManufacturerRootCertificate, decision.type());
    }

    @Test
    void TC_M_07_an_expired_root_is_Rejected() throws Exception {
        rejected(
                install(
                        InstallCertificateUseEnumType.CSMSRootCertificate,
                        Pki.expiredRoot("Old").certificate()),
                "InvalidCertificate");
    }

    @Test
    void a_root_not_yet_valid_is_Rejected() throws Exception {
        Pki.Issued keys = Pki.root("Future");
        var name = keys.name();
        X509Certificate future =
                Pki.certificate(name, keys.privateKey(), name, keys.keys().getPublic(), BigInteger.ONE, true, 30);
        rejected(install(InstallCertificateUseEnumType.CSMSRootCertificate, future), "InvalidCertificate");
    }

    @Test
    void a_certificate_without_the_CA_flag_is_Rejected() throws Exception {
        rejected(
                install(
                        InstallCertificateUseEnumType.CSMSRootCertificate,
                        Pki.selfSignedLeaf("Leaf").certificate()),
                "InvalidCertificate");
    }

    @Test
    void V2G_and_MO_roots_are_Rejected_as_unsupported() throws Exception {
        rejected(
                install(
                        InstallCertificateUseEnumType.V2GRootCertificate,
                        Pki.root("V2G").certificate()),
                "UnsupportedRequest");
        rejected(
                install(
                        InstallCertificateUseEnumType.MORootCertificate,
                        Pki.root("MO").certificate()),
                "UnsupportedRequest");
    }

    @Test
    void PEM_longer_than_MaxCertificateChainSize_is_Rejected_TooLargeElement() throws Exception {
        String pem = PemFiles.writeCertificates(List.of(Pki.root("Big").certificate()));
        InstallCertificateCheck.Limits tight = new InstallCertificateCheck.Limits(pem.length() - 1, 3);
        rejected(
                check.check(
                        new InstallCertificateRequest(InstallCertificateUseEnumType.CSMSRootCertificate, pem),
                        tight,
                        store),
                "TooLargeElement");
        InstallCertificateCheck.Limits exact = new InstallCertificateCheck.Limits(pem.length(), 3);
        assertEquals(
                InstallCertificateStatusEnumType.Accepted,
                check.check(
                                new InstallCertificateRequest(InstallCertificateUseEnumType.CSMSRootCertificate, pem),
                                exact,
                                store)
                        .status());
    }

    @Test
    void text_that_is_not_a_certificate_and_two_certificates_at_once_are_Rejected() throws Exception {
        rejected(
                check.check(
                        new InstallCertificateRequest(InstallCertificateUseEnumType.CSMSRootCertificate, "hello"),
                        LIMITS,
                        store),
                "InvalidCertificate");
        rejected(
                install(
                        InstallCertificateUseEnumType.CSMSRootCertificate,
                        Pki.root("A").certificate(),
                        Pki.root("B").certificate()),
                "InvalidCertificate");
    }

    @Test
    void a_CA_issued_by_an_installed_root_of_the_same_type_is_Accepted_and_by_an_unknown_one_Rejected()
            throws Exception {
        Pki.Issued root = Pki.root("Top");
        Pki.Issued sub = Pki.intermediate(root, "Sub");
        rejected(install(InstallCertificateUseEnumType.CSMSRootCertificate, sub.certificate()), "InvalidCertificate");
        store.addRoot(StoredCertificateType.CSMSRootCertificate, root.certificate());
        rejected(
                install(InstallCertificateUseEnumType.ManufacturerRootCertificate, sub.certificate()),
                "InvalidCertificate");
        assertEquals(
                InstallCertificateStatusEnumType.Accepted,
                install(InstallCertificateUseEnumType.CSMSRootCertificate, sub.certificate())
                        .status());
    }

    @Test
    void CertificateEntries_at_its_maximum_Fails_a_new_certificate_but_not_one_already_installed() throws Exception {
        X509Certificate first = Pki.root("1").certificate();
        store.addRoot(StoredCertificateType.CSMSRootCertificate, first);
        store.addRoot(StoredCertificateType.CSMSRootCertificate, Pki.root("2").certificate());
        store.addRoot(
                StoredCertificateType.ManufacturerRootCertificate, Pki.root("3").certificate());

        InstallDecision full = install(
                InstallCertificateUseEnumType.CSMSRootCertificate, Pki.root("4").certificate());
        assertEquals(InstallCertificateStatusEnumType.Failed, full.status());
        assertEquals("OutOfStorage", full.reasonCode());
        assertEquals(
                InstallCertificateStatusEnumType.Accepted,
                install(InstallCertificateUseEnumType.CSMSRootCertificate, first)
                        .status());
    }
}
