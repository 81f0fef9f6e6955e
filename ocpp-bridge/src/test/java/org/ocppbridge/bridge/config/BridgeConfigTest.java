package org.ocppbridge.bridge.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BridgeConfigTest {

    private static BridgeConfigBuilder builder() {
        return BridgeConfig.builder(URI.create("wss://csms.example.com/ocpp"), "CS001");
    }

    @Test
    void a_station_id_of_exactly_48_characters_is_accepted_and_49_is_not() {
        assertEquals(48, builder().stationId("x".repeat(48)).build().stationId().length());
        ConfigException e = assertThrows(
                ConfigException.class, () -> builder().stationId("x".repeat(49)).build());
        assertEquals("--station-id: must be at most 48 characters (got 49); shorten it", e.getMessage());
    }

    @Test
    void the_station_id_length_counts_characters_not_utf16_units() {
        assertEquals(
                48, builder().stationId("😀".repeat(48)).build().stationId().codePointCount(0, 96));
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "a\nb", "tab\there"})
    void dot_segments_and_control_characters_are_refused_as_station_id(String id) {
        ConfigException e = assertThrows(
                ConfigException.class, () -> builder().stationId(id).build());
        assertTrue(e.getMessage().startsWith("--station-id: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void sub_second_durations_are_refused() {
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> builder().callTimeout(Duration.ofMillis(1500)).build());
        assertTrue(e.getMessage().startsWith("--call-timeout: must be whole seconds"), e.getMessage());
    }

    @Test
    void a_clean_tls_configuration_has_no_warnings() {
        assertEquals(
                List.of(),
                builder().basicAuthPassword("0123456789abcdef").build().warnings());
    }

    @Test
    void a_csms_url_that_already_ends_with_the_station_id_is_warned_about_but_still_gets_it_appended() {
        BridgeConfig config =
                BridgeConfig.builder(URI.create("ws://h/ocpp/CS001"), "CS001").build();
        assertEquals(URI.create("ws://h/ocpp/CS001/CS001"), config.connectionUrl());
        assertTrue(
                config.warnings().stream().anyMatch(w -> w.startsWith("--csms-url: already ends with the station id")),
                config.warnings().toString());
    }

    @Test
    void unsigned_firmware_and_short_passwords_are_warned_about() {
        List<String> warnings = builder()
                .allowUnsignedFirmware(true)
                .basicAuthPassword("short")
                .build()
                .warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("--allow-unsigned-firmware:")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("16 to 40 characters")), warnings.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.contains("short")));
    }
}
