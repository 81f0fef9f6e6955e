package org.ocppbridge.bridge.certificates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The station key pair (made once, kept 0600) and the PKCS#10 request of SignCertificate (A02). */
class StationKeysAndCsrTest {

    @TempDir
    Path dir;

    @Test
    void the_key_pair_is_made_once_and_read_back_the_same_from_a_0600_file() throws Exception {
        KeyPair first = StationKeys.loadOrCreate(dir.resolve("certificates"));
        KeyPair again = StationKeys.loadOrCreate(dir.resolve("certificates"));

        assertArrayEquals(first.getPublic().getEncoded(), again.getPublic().getEncoded());
        assertArrayEquals(first.getPrivate().getEncoded(), again.getPrivate().getEncoded());
        Path file = dir.resolve("certificates").resolve("station-key.pem");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void a_damaged_key_file_is_an_error_naming_the_file_and_the_fix() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("station-key.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        IOException e = assertThrows(IOException.class, () -> StationKeys.loadOrCreate(dir));
        assertTrue(
                e.getMessage().contains("station-key.pem") && e.getMessage().contains("move it away"), e.getMessage());
    }

    @Test
    void TC_A_11_the_CSR_is_PEM_PKCS10_for_our_key_with_CN_station_id_and_O_organization_signed_by_us()
            throws Exception {
        KeyPair keys = StationKeys.loadOrCreate(dir);

        String pem = SigningRequests.chargingStationCsr(keys, "CS-0042", "Example Charging, Inc.");

        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----"), pem);
        PKCS10CertificationRequest csr;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            csr = (PKCS10CertificationRequest) parser.readObject();
        }
        assertTrue(csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(keys.getPublic())));
        assertArrayEquals(
                keys.getPublic().getEncoded(), csr.getSubjectPublicKeyInfo().getEncoded());
        X500Name subject = csr.getSubject();
        assertEquals(
                "CS-0042",
                IETFUtils.valueToString(
                        subject.getRDNs(BCStyle.CN)[0].getFirst().getValue()));
        assertEquals(
                "Example Charging, Inc.",
                IETFUtils.valueToString(subject.getRDNs(BCStyle.O)[0].getFirst().getValue())
                        .replace("\\", ""));
        // TC_A_11 step 3: an elliptic-curve key of at least 224 bits.
        assertTrue(((ECPublicKey) keys.getPublic())
                        .getParams()
                        .getCurve()
                        .getField()
                        .getFieldSize()
                >= 224);
    }

    @Test
    void an_RSA_key_gives_an_RSA_signed_request() throws Exception {
        KeyPair rsa = Pki.rsa();
        String pem = SigningRequests.chargingStationCsr(rsa, "CS-1", "Org");
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            PKCS10CertificationRequest csr = (PKCS10CertificationRequest) parser.readObject();
            assertTrue(csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(rsa.getPublic())));
        }
    }
}
