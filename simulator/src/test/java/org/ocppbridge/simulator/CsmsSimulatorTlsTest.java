package org.ocppbridge.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class CsmsSimulatorTlsTest {

    @Test
    void security_profile_2_a_station_trusting_the_server_certificate_connects_over_wss() throws Exception {
        TestKeys server = TestKeys.selfSigned("csms");
        try (CsmsSimulator csms = CsmsSimulator.builder().tls(server.context()).start()) {
            assertTrue(csms.url().startsWith("wss://127.0.0.1:"));
            TestStation station = tlsStation(csms, TestKeys.trusting(server.certificate()));

            assertTrue(station.isOpen());
            station.send(Frames.boot("b1"));
            csms.awaitStation().expectCall("BootNotification");
            station.closeBounded();
        }
    }

    @Test
    void security_profile_2_a_station_trusting_another_CA_does_not_connect() throws Exception {
        TestKeys server = TestKeys.selfSigned("csms");
        TestKeys other = TestKeys.selfSigned("other");
        try (CsmsSimulator csms = CsmsSimulator.builder().tls(server.context()).start()) {
            TestStation station = tlsStation(csms, TestKeys.trusting(other.certificate()));

            assertFalse(station.isOpen());
            assertEquals(0, csms.connectionCount());
        }
    }

    @Test
    void security_profile_3_requires_a_trusted_client_certificate() throws Exception {
        TestKeys server = TestKeys.selfSigned("csms");
        TestKeys client = TestKeys.selfSigned("CS001");
        try (CsmsSimulator csms = CsmsSimulator.builder()
                .mutualTls(server.context(client.certificate()))
                .start()) {
            TestStation anonymous = tlsStation(csms, TestKeys.trusting(server.certificate()));
            assertFalse(anonymous.isOpen());
            assertEquals(0, csms.connectionCount());

            TestStation station = tlsStation(csms, client.context(server.certificate()));
            assertTrue(station.isOpen());
            csms.awaitStation(Duration.ofSeconds(5));
            station.closeBounded();
        }
    }

    private static TestStation tlsStation(CsmsSimulator csms, SSLContext context) throws InterruptedException {
        return TestStation.openTls(csms, "CS001", context, Map.of());
    }
}
