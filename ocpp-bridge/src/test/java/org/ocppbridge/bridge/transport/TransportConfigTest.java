package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransportConfigTest {

    private static final URI WS = URI.create("ws://csms.example.com/ocpp/CS001");
    private static final URI WSS = URI.create("wss://csms.example.com/ocpp/CS001");

    private static String fieldOf(Runnable build) {
        return assertThrows(IllegalArgumentException.class, build::run)
                .getMessage()
                .split(":")[0];
    }

    @Test
    void defaults_are_those_documented() {
        TransportConfig config = TransportConfig.of(WS);

        assertEquals(Duration.ofSeconds(30), config.pingInterval());
        assertEquals(Duration.ofSeconds(5), config.pongTimeout());
        assertEquals(Duration.ofSeconds(30), config.connectTimeout());
        assertFalse(config.usesTls());
        assertTrue(TransportConfig.of(WSS).usesTls());
    }

    @Test
    void only_ws_and_wss_endpoints_with_a_host() {
        assertEquals("endpoint", fieldOf(() -> TransportConfig.of(URI.create("http://csms/ocpp/CS001"))));
        assertEquals("endpoint", fieldOf(() -> TransportConfig.of(URI.create("ws:/ocpp/CS001"))));
        assertEquals("endpoint", fieldOf(() -> TransportConfig.of(URI.create("ws://csms/ocpp/CS001#x"))));
    }

    @Test
    void TLS_material_only_with_wss() {
        assertEquals("csmsCaPem", fieldOf(() -> TransportConfig.of(WS).withCsmsCa(Path.of("ca.pem"))));
        assertEquals("clientCertificate", fieldOf(() -> TransportConfig.of(WS)
                .withClientCertificate(Path.of("c.pem"), Path.of("k.pem"))));
    }

    @Test
    void A00_Basic_auth_header_is_base64_of_id_colon_password() {
        TransportConfig config = TransportConfig.of(WS).withBasicAuth("CS001", "0123456789abcdef");

        // base64("CS001:0123456789abcdef")
        assertEquals(
                "Basic Q1MwMDE6MDEyMzQ1Njc4OWFiY2RlZg==",
                config.basicAuth().orElseThrow().authorizationHeader());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "short-password1",
                "this-password-is-longer-than-forty-characters-in-total",
                "sixteen chars ok",
                "umlaut-passwordä!"
            })
    void BasicAuthPassword_must_be_16_to_40_passwordString_characters(String password) {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> TransportConfig.of(WS).withBasicAuth("CS001", password));

        assertTrue(error.getMessage().startsWith("basicAuth.password"), error.getMessage());
        assertFalse(error.getMessage().contains(password), "never echoes the password");
    }

    @Test
    void passwordString_special_characters_and_the_colon_are_allowed() {
        TransportConfig config = TransportConfig.of(WS).withBasicAuth("CS001", "a*b-c_d=e:f+g|h@i.j0123");

        // base64("CS001:a*b-c_d=e:f+g|h@i.j0123"): the password is kept as given, colon and all.
        assertEquals(
                "Basic Q1MwMDE6YSpiLWNfZD1lOmYrZ3xoQGkuajAxMjM=",
                config.basicAuth().orElseThrow().authorizationHeader());
    }

    @Test
    void the_station_id_may_not_contain_a_colon_nor_exceed_48_characters() {
        assertEquals(
                "basicAuth.stationId", fieldOf(() -> TransportConfig.of(WS).withBasicAuth("CS:1", "0123456789abcdef")));
        assertEquals("basicAuth.stationId", fieldOf(() -> TransportConfig.of(WS)
                .withBasicAuth("x".repeat(49), "0123456789abcdef")));
    }

    @Test
    void toString_never_shows_the_password() {
        String text = TransportConfig.of(WS)
                .withBasicAuth("CS001", "0123456789abcdef")
                .toString();

        assertFalse(text.contains("0123456789abcdef"), text);
        assertTrue(text.contains("CS001"), text);
    }

    @Test
    void time_outs_must_be_positive_and_ping_may_be_disabled() {
        assertEquals(
                Duration.ZERO,
                TransportConfig.of(WS)
                        .withPing(Duration.ZERO, Duration.ofSeconds(1))
                        .pingInterval());
        assertEquals("pingInterval", fieldOf(() -> TransportConfig.of(WS)
                .withPing(Duration.ofSeconds(-1), Duration.ofSeconds(1))));
        assertEquals(
                "pongTimeout", fieldOf(() -> TransportConfig.of(WS).withPing(Duration.ofSeconds(1), Duration.ZERO)));
        assertEquals("connectTimeout", fieldOf(() -> TransportConfig.of(WS).withConnectTimeout(Duration.ZERO)));
    }
}
