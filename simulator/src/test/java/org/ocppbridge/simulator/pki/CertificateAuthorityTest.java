package org.ocppbridge.simulator.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {

    private static String csr(KeyPair keys, KeyPair signer) throws Exception {
        var request = new JcaPKCS10CertificationRequestBuilder(new X500Name("O=Org,CN=CS-7"), keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate()));
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(request);
        }
        return text.toString();
    }

    private static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    @Test
    void A02_a_CSR_is_signed_into_a_certificate_for_its_key_and_subject_that_chains_to_the_root() throws Exception {
        CertificateAuthority ca = CertificateAuthority.create("Test CSMS Root");
        KeyPair station = ec();

        String pem = ca.signCsr(csr(station, station));

        X509Certificate issued = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        issued.verify(ca.root().getPublicKey());
        issued.checkValidity();
        assertArrayEquals(
                station.getPublic().getEncoded(), issued.getPublicKey().getEncoded());
        assertEquals("CN=CS-7,O=Org", issued.getSubjectX500Principal().getName());
        assertEquals(-1, issued.getBasicConstraints());
    }

    @Test
    void a_CSR_whose_signature_is_not_by_its_own_key_is_refused() throws Exception {
        CertificateAuthority ca = CertificateAuthority.create("Test CSMS Root");
        assertThrows(GeneralSecurityException.class, () -> ca.signCsr(csr(ec(), ec())));
        assertThrows(GeneralSecurityException.class, () -> ca.signCsr("not a csr"));
    }

    @Test
    void the_expired_root_is_a_CA_that_is_no_longer_valid_and_the_fresh_one_is() throws Exception {
        X509Certificate expired = CertificateAuthority.expiredRoot("Old");
        assertTrue(expired.getBasicConstraints() >= 0);
        assertThrows(CertificateExpiredException.class, expired::checkValidity);
        X509Certificate fresh = CertificateAuthority.freshRoot("New");
        fresh.checkValidity();
        fresh.verify(fresh.getPublicKey());
    }

    @Test
    void hash_data_of_a_root_uses_its_own_name_and_key_and_compares_case_insensitively() throws Exception {
        X509Certificate root = CertificateAuthority.freshRoot("Hashed");
        var hash = CertificateHashData.ofRoot(root);
        assertEquals("SHA256", hash.get("hashAlgorithm").getAsString());
        assertEquals(64, hash.get("issuerNameHash").getAsString().length());
        assertEquals(
                root.getSerialNumber().toString(16), hash.get("serialNumber").getAsString());
        var upper = hash.deepCopy();
        upper.addProperty(
                "issuerKeyHash", hash.get("issuerKeyHash").getAsString().toUpperCase());
        assertTrue(CertificateHashData.same(hash, upper));
        assertTrue(
                !CertificateHashData.same(hash, CertificateHashData.ofRoot(CertificateAuthority.freshRoot("Other"))));
    }
}
