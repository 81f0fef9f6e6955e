package org.ocppbridge.bridge.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.ocpp.CertificateSignedStatusEnumType;

/** The A02/A03 checks of a CertificateSigned chain, with chains made here. */
class CertificateSignedCheckTest {

    private final CertificateSignedCheck check = new CertificateSignedCheck(Clock.fixed(Pki.NOW, ZoneOffset.UTC));
    private Pki.Issued root;
    private KeyPair station;

    @BeforeEach
    void pki() throws Exception {
        root = Pki.root("CSMS Root");
        station = Pki.ec();
    }

    private SignedChainDecision check(List<X509Certificate> chain, List<X509Certificate> anchors) {
        return check.check(PemFiles.writeCertificates(chain), 10000, station.getPublic(), anchors);
    }

    private static void rejected(SignedChainDecision decision, String reasonCode, String reasonPart) {
        assertFalse(decision.accepted());
        assertEquals(
                CertificateSignedStatusEnumType.Rejected, decision.response().status());
        assertEquals(reasonCode, decision.reasonCode());
        assertTrue(decision.reason().contains(reasonPart), decision.reason());
        assertEquals(List.of(), decision.chain());
    }

    @Test
    void TC_A_11_a_certificate_for_our_key_signed_by_a_known_CSMS_root_is_Accepted() throws Exception {
        X509Certificate leaf = Pki.leaf(root, station.getPublic(), BigInteger.ONE, 0);
        SignedChainDecision decision = check(List.of(leaf), List.of(root.certificate()));
        assertTrue(decision.accepted());
        assertEquals(
                CertificateSignedStatusEnumType.Accepted, decision.response().status());
        assertEquals(List.of(leaf), decision.chain());
    }

    @Test
    void a_chain_through_an_intermediate_ending_at_the_root_itself_is_Accepted() throws Exception {
        Pki.Issued sub = Pki.intermediate(root, "Sub CA");
        X509Certificate leaf = Pki.leaf(sub, station.getPublic(), BigInteger.TWO, 0);
        assertTrue(check(List.of(leaf, sub.certificate(), root.certificate()), List.of(root.certificate()))
                .accepted());
        assertTrue(check(List.of(leaf, sub.certificate()), List.of(root.certificate()))
                .accepted());
    }

    @Test
    void TC_A_14_a_certificate_for_another_key_is_Rejected() throws Exception {
        X509Certificate leaf = Pki.leaf(root, Pki.ec().getPublic(), BigInteger.ONE, 0);
        rejected(check(List.of(leaf), List.of(root.certificate())), "InvalidCertificate", "station's key");
    }

    @Test
    void TC_A_14_an_expired_certificate_is_Rejected() throws Exception {
        X509Certificate leaf = Pki.leaf(root, station.getPublic(), BigInteger.ONE, -400);
        rejected(check(List.of(leaf), List.of(root.certificate())), "InvalidCertificate", "not valid now");
    }

    @Test
    void TC_A_14_a_chain_to_an_unknown_root_is_Rejected() throws Exception {
        X509Certificate leaf = Pki.leaf(Pki.root("Stranger"), station.getPublic(), BigInteger.ONE, 0);
        rejected(check(List.of(leaf), List.of(root.certificate())), "InvalidCertificate", "known CSMS root");
        rejected(check(List.of(leaf), List.of()), "InvalidCertificate", "known CSMS root");
    }

    @Test
    void a_link_signed_by_a_certificate_that_is_not_a_CA_is_Rejected() throws Exception {
        KeyPair middleKeys = Pki.ec();
        X509Certificate notCa = Pki.certificate(
                root.name(),
                root.privateKey(),
                new org.bouncycastle.asn1.x500.X500Name("CN=Not a CA"),
                middleKeys.getPublic(),
                BigInteger.valueOf(9),
                false,
                0);
        X509Certificate leaf = Pki.certificate(
                new org.bouncycastle.asn1.x500.X500Name("CN=Not a CA"),
                middleKeys.getPrivate(),
                new org.bouncycastle.asn1.x500.X500Name("CN=CS-1"),
                station.getPublic(),
                BigInteger.ONE,
                false,
                0);
        rejected(check(List.of(leaf, notCa), List.of(root.certificate())), "InvalidCertificate", "did not issue");
    }

    @Test
    void a_chain_whose_certificates_are_out_of_order_is_Rejected() throws Exception {
        Pki.Issued sub = Pki.intermediate(root, "Sub CA");
        X509Certificate leaf = Pki.leaf(sub, station.getPublic(), BigInteger.TWO, 0);
        rejected(
                check(List.of(leaf, root.certificate(), sub.certificate()), List.of(root.certificate())),
                "InvalidCertificate",
                "did not issue");
    }

    @Test
    void an_expired_anchor_anchors_nothing() throws Exception {
        Pki.Issued old = Pki.expiredRoot("Old Root");
        X509Certificate leaf = Pki.leaf(old, station.getPublic(), BigInteger.ONE, 0);
        rejected(check(List.of(leaf), List.of(old.certificate())), "InvalidCertificate", "known CSMS root");
    }

    @Test
    void text_that_is_not_PEM_and_a_chain_over_MaxCertificateChainSize_are_Rejected() throws Exception {
        rejected(check.check("nonsense", 10000, station.getPublic(), List.of()), "InvalidCertificate", "PEM");
        String pem = PemFiles.writeCertificates(List.of(Pki.leaf(root, station.getPublic(), BigInteger.ONE, 0)));
        rejected(
                check.check(pem, pem.length() - 1, station.getPublic(), List.of(root.certificate())),
                "TooLargeElement",
                "MaxCertificateChainSize");
        assertTrue(check.check(pem, pem.length(), station.getPublic(), List.of(root.certificate()))
                .accepted());
    }
}
