package org.ocppbridge.bridge.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.TestPki;

class PemFilesTest {

    @TempDir
    Path dir;

    @Test
    void reads_a_chain_in_file_order() throws Exception {
        TestPki.Issued root = TestPki.ca("Root");
        TestPki.Issued leaf = TestPki.server(root, TestPki.ec(), "127.0.0.1");
        Path file = TestPki.writeCertificates(dir.resolve("chain.pem"), leaf.certificate(), root.certificate());

        assertEquals(List.of(leaf.certificate(), root.certificate()), PemFiles.readCertificates(file));
    }

    @Test
    void reads_EC_and_RSA_PKCS8_keys() throws Exception {
        KeyPair ec = TestPki.ec();
        KeyPair rsa = TestPki.rsa();

        assertEquals(
                ec.getPrivate(), PemFiles.readPrivateKey(TestPki.writePkcs8(dir.resolve("ec.pem"), ec.getPrivate())));
        assertEquals(
                rsa.getPrivate(),
                PemFiles.readPrivateKey(TestPki.writePkcs8(dir.resolve("rsa.pem"), rsa.getPrivate())));
    }

    @Test
    void a_traditional_EC_key_is_refused_with_the_conversion_command() throws Exception {
        Path file = TestPki.writeTraditional(dir.resolve("sec1.pem"), TestPki.ec());

        IOException error = assertThrows(IOException.class, () -> PemFiles.readPrivateKey(file));

        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("openssl pkcs8 -topk8"), error.getMessage());
    }

    @Test
    void errors_name_the_file() throws Exception {
        Path missing = dir.resolve("missing.pem");
        Path empty = Files.writeString(dir.resolve("empty.pem"), "hello\n");
        Path keyOnly =
                TestPki.writePkcs8(dir.resolve("key-only.pem"), TestPki.ec().getPrivate());
        Path garbage = Files.writeString(
                dir.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");

        for (Path file : List.of(missing, empty, keyOnly, garbage)) {
            IOException error = assertThrows(IOException.class, () -> PemFiles.readCertificates(file));
            assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        }
        IOException noKey = assertThrows(IOException.class, () -> PemFiles.readPrivateKey(empty));
        assertTrue(noKey.getMessage().startsWith(empty.toString()), noKey.getMessage());
    }

    @Test
    void pem_text_from_the_csms_is_read_by_the_same_rule_as_a_file() throws Exception {
        TestPki.Issued root = TestPki.ca("Root");
        TestPki.Issued leaf = TestPki.server(root, TestPki.ec(), "127.0.0.1");
        Path file = TestPki.writeCertificates(dir.resolve("chain.pem"), leaf.certificate(), root.certificate());

        assertEquals(
                PemFiles.readCertificates(file),
                PemFiles.parseCertificates(Files.readString(file), "signingCertificate"));
        IOException error =
                assertThrows(IOException.class, () -> PemFiles.parseCertificates("not a pem", "signingCertificate"));
        assertTrue(error.getMessage().startsWith("signingCertificate: "), error.getMessage());
    }
}
