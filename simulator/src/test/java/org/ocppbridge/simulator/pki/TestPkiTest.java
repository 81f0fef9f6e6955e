package org.ocppbridge.simulator.pki;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestPkiTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void signer_certificate_chains_to_the_root_and_its_signature_verifies(KeyType keyType) throws Exception {
        TestPki pki = TestPki.create("Maker Root");
        FirmwareSigner signer = pki.issueSigner(keyType);
        signer.certificate().verify(pki.root().getPublicKey());

        Path file = Files.write(dir.resolve("fw.bin"), new byte[] {1, 2, 3, 4, 5});
        Signature verifier = Signature.getInstance(keyType.signatureAlgorithm());
        verifier.initVerify(signer.certificate());
        verifier.update(Files.readAllBytes(file));
        assertTrue(verifier.verify(Base64.getDecoder().decode(signer.signBase64(file))));
    }

    @Test
    void crl_lists_revoked_certificates_only() throws Exception {
        TestPki pki = TestPki.create("Maker Root");
        FirmwareSigner revoked = pki.issueSigner(KeyType.EC);
        FirmwareSigner good = pki.issueSigner(KeyType.EC);
        pki.revoke(revoked.certificate());
        var crl = pki.crl();
        crl.verify(pki.root().getPublicKey());
        assertTrue(crl.isRevoked(revoked.certificate()));
        assertFalse(crl.isRevoked(good.certificate()));
        pki.writeTo(dir);
        assertTrue(Files.readString(dir.resolve("root.pem")).startsWith("-----BEGIN CERTIFICATE-----"));
        assertTrue(Files.readString(dir.resolve("root.crl.pem")).startsWith("-----BEGIN X509 CRL-----"));
    }
}
