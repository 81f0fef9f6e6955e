package org.ocppbridge.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.TestPki;

/**
 * Issue 15, points 6 and 7: every file, URL and command given at start is read and checked before anything
 * starts; a bad one is one line naming its flag and the fix, and exit code 2. Real certificates and keys, made
 * here.
 */
class StartupChecksTest {

    // One PKI for all cases: RSA keys take a while to make.
    @TempDir
    static Path dir;

    private static Path ca;
    private static Path clientCert;
    private static Path clientKey;
    private static Path pkcs1Key;
    private static Path otherKey;
    private static Path garbage;
    private static Path installer;

    @BeforeAll
    static void pki() throws Exception {
        TestPki.Issued root = TestPki.ca("Test Root");
        var keys = TestPki.rsa();
        TestPki.Issued client = TestPki.client(root, keys, "CS1");
        ca = TestPki.writeCertificates(dir.resolve("ca.pem"), root.certificate());
        clientCert = TestPki.writeCertificates(dir.resolve("client.pem"), client.certificate());
        clientKey = TestPki.writePkcs8(dir.resolve("client-key.pem"), keys.getPrivate());
        pkcs1Key = TestPki.writeTraditional(dir.resolve("client-key-pkcs1.pem"), keys);
        otherKey =
                TestPki.writePkcs8(dir.resolve("other-key.pem"), TestPki.rsa().getPrivate());
        garbage = Files.writeString(dir.resolve("garbage.pem"), "this is not PEM at all\n");
        installer = Files.writeString(dir.resolve("install.sh"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(installer, PosixFilePermissions.fromString("rwx------"));
    }

    private record Result(int code, String err, boolean launched) {}

    private Result run(String... extra) {
        List<String> args = new ArrayList<>(List.of("--station-id", "CS1"));
        if (!List.of(extra).contains("--csms-url")) {
            args.addAll(List.of("--csms-url", "wss://127.0.0.1:9443/ocpp"));
        }
        args.addAll(List.of(extra));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicBoolean launched = new AtomicBoolean();
        int code = BridgeCommandLine.run(
                args.toArray(String[]::new),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                config -> {
                    launched.set(true);
                    return 0;
                });
        return new Result(code, err.toString(StandardCharsets.UTF_8), launched.get());
    }

    private void assertRefused(String flag, String mentions, String... args) {
        Result result = run(args);
        assertEquals(2, result.code(), result.err());
        assertTrue(!result.launched(), "nothing starts");
        assertEquals(1, result.err().lines().count(), "one line: " + result.err());
        assertTrue(result.err().startsWith("ocpp-bridge: " + flag + ": "), result.err());
        assertTrue(result.err().contains(mentions), "'" + mentions + "' in: " + result.err());
    }

    @Test
    void good_files_and_commands_start() {
        Result result = run(
                "--csms-ca", ca.toString(),
                "--client-cert", clientCert.toString(),
                "--client-key", clientKey.toString(),
                "--firmware-trust-anchor", ca.toString(),
                "--install-command", "'" + installer + "' --quiet",
                "--reset-command", "true");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.launched());
    }

    @Test
    void a_firmware_trust_anchor_of_garbage_or_a_private_key_is_refused() {
        assertRefused(
                "--firmware-trust-anchor",
                "give a PEM file of the root",
                "--firmware-trust-anchor",
                garbage.toString());
        assertRefused(
                "--firmware-trust-anchor",
                "no '-----BEGIN CERTIFICATE-----'",
                "--firmware-trust-anchor",
                clientKey.toString());
    }

    @Test
    void a_firmware_crl_of_garbage_or_a_private_key_is_refused_also_inside_a_folder() throws Exception {
        assertRefused("--firmware-crl", "give CRL files", "--firmware-crl", garbage.toString());
        assertRefused("--firmware-crl", "give CRL files", "--firmware-crl", clientKey.toString());
        Path folder = Files.createDirectories(dir.resolve("crls"));
        Files.copy(garbage, folder.resolve("bad.crl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertRefused("--firmware-crl", "bad.crl", "--firmware-crl", folder.toString());
    }

    @Test
    void a_bad_csms_ca_is_refused() {
        assertRefused("--csms-ca", "give a PEM file of the CSMS's CA", "--csms-ca", garbage.toString());
        assertRefused("--csms-ca", "no '-----BEGIN CERTIFICATE-----'", "--csms-ca", clientKey.toString());
    }

    @Test
    void a_bad_client_certificate_or_key_is_refused_a_PKCS1_key_with_the_conversion() {
        assertRefused(
                "--client-cert",
                "station's certificate chain",
                "--client-cert",
                garbage.toString(),
                "--client-key",
                clientKey.toString());
        assertRefused(
                "--client-key",
                "openssl pkcs8 -topk8",
                "--client-cert",
                clientCert.toString(),
                "--client-key",
                pkcs1Key.toString());
        assertRefused(
                "--client-key",
                "PEM block",
                "--client-cert",
                clientCert.toString(),
                "--client-key",
                garbage.toString());
        assertRefused(
                "--client-key",
                "does not belong",
                "--client-cert",
                clientCert.toString(),
                "--client-key",
                otherKey.toString());
    }

    @Test
    void a_csms_url_with_a_port_outside_the_range_is_refused() {
        assertRefused("--csms-url", "port outside 1-65535", "--csms-url", "ws://127.0.0.1:99999/ocpp");
    }

    @Test
    void point7_an_install_or_reset_command_that_cannot_run_is_refused() throws Exception {
        assertRefused("--install-command", "does not exist", "--install-command", "/no/such/installer --now");
        Path notExecutable = Files.writeString(dir.resolve("plain.sh"), "exit 0\n");
        Files.setPosixFilePermissions(notExecutable, PosixFilePermissions.fromString("rw-------"));
        assertRefused("--install-command", "not executable", "--install-command", notExecutable.toString());
        assertRefused("--reset-command", "check the quotes", "--reset-command", "'/sbin/reboot");
        assertRefused("--reset-command", "nor on the PATH", "--reset-command", "no-such-program-ocpp-15 now");
    }
}
