package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.TestPki;

/**
 * Issue 15, point 6, as an installer meets it: the packaged bridge given a broken file or URL exits 2 with one
 * line naming the flag, before it starts anything (no "Starting station" line, no data directory work).
 */
class StartupRefusedIT {

    @TempDir
    Path home;

    private final List<StationProcess> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(StationProcess::close);
    }

    private void assertRefused(String flag, String... args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "--station-id", "CS-REFUSED", "--data-dir", home.resolve("data").toString()));
        arguments.addAll(List.of(args));
        StationProcess bridge = StationProcess.start(
                "refused " + flag,
                BridgeProcesses.jar(),
                arguments,
                home.resolve("refused-" + started.size() + ".out"));
        started.add(bridge);
        int code = bridge.awaitExit(Duration.ofSeconds(20));
        String output = bridge.output();
        assertEquals(2, code, output);
        assertEquals(1, output.lines().count(), "one line: " + output);
        assertTrue(output.startsWith("ocpp-bridge: " + flag + ": "), output);
        assertFalse(output.contains("Starting station"), output);
    }

    @Test
    void a_PKCS1_client_key_a_private_key_as_trust_anchor_and_port_99999_each_exit_2_with_one_line() throws Exception {
        TestPki.Issued root = TestPki.ca("Refused Root");
        var keys = TestPki.rsa();
        Path cert = TestPki.writeCertificates(
                home.resolve("client.pem"), TestPki.client(root, keys, "CS").certificate());
        Path pkcs1 = TestPki.writeTraditional(home.resolve("client-pkcs1.pem"), keys);
        Path pkcs8 = TestPki.writePkcs8(home.resolve("client-pkcs8.pem"), keys.getPrivate());

        assertRefused(
                "--client-key",
                "--csms-url",
                "wss://127.0.0.1:9443/ocpp",
                "--client-cert",
                cert.toString(),
                "--client-key",
                pkcs1.toString());
        assertRefused(
                "--firmware-trust-anchor",
                "--csms-url",
                "ws://127.0.0.1:9000/ocpp",
                "--firmware-trust-anchor",
                pkcs8.toString());
        assertRefused("--csms-url", "--csms-url", "ws://127.0.0.1:99999/ocpp");
    }
}
