package org.ocppbridge.bridge.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionUrlTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Part 4 §3.1.1 example 1 and 2
                "ws://csms.example.com/ocpp    | CS001    | ws://csms.example.com/ocpp/CS001",
                "wss://csms.example.com/ocppj  | RDAM 123 | wss://csms.example.com/ocppj/RDAM%20123",
                "ws://csms.example.com/ocpp/   | CS001    | ws://csms.example.com/ocpp/CS001",
                "ws://csms.example.com         | CS001    | ws://csms.example.com/CS001",
                "ws://csms.example.com/        | CS001    | ws://csms.example.com/CS001",
                "ws://127.0.0.1:8180/a/b       | CS001    | ws://127.0.0.1:8180/a/b/CS001",
                "ws://[::1]:9000/ocpp          | CS001    | ws://[::1]:9000/ocpp/CS001",
                "wss://h/ocpp?tenant=7         | CS001    | wss://h/ocpp/CS001?tenant=7",
                "wss://h/ocpp/?tenant=7&x=%20  | CS001    | wss://h/ocpp/CS001?tenant=7&x=%20",
                "WSS://h/ocpp                  | CS001    | wss://h/ocpp/CS001",
                "ws://h/o%20cpp                | CS001    | ws://h/o%20cpp/CS001",
                "ws://h/ocpp                   | Zähler-1 | ws://h/ocpp/Z%C3%A4hler-1",
                "ws://h/ocpp                   | 充电桩      | ws://h/ocpp/%E5%85%85%E7%94%B5%E6%A1%A9",
                "ws://h/ocpp                   | a/b?c#d%e | ws://h/ocpp/a%2Fb%3Fc%23d%25e",
                "ws://h/ocpp                   | *-_=+@.~ | ws://h/ocpp/*-_=+@.~",
            })
    void the_station_id_becomes_the_last_path_segment(String endpoint, String stationId, String expected) {
        URI built = ConnectionUrl.build(ConnectionUrl.parseEndpoint(endpoint), stationId);
        assertEquals(expected, built.toString());
        assertEquals(stationId, lastSegment(built), "the server decodes the same identity");
    }

    @org.junit.jupiter.api.Test
    void a_vertical_bar_of_identifierString_is_percent_encoded() {
        assertEquals(
                "ws://h/ocpp/a%7Cb",
                ConnectionUrl.build(URI.create("ws://h/ocpp"), "a|b").toString());
    }

    /** The last raw segment, decoded as a server would. */
    private static String lastSegment(URI uri) {
        String raw = uri.getRawPath();
        return URI.create("ws://x/" + raw.substring(raw.lastIndexOf('/') + 1))
                .getPath()
                .substring(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://h/ocpp", "https://h/ocpp", "h/ocpp", "ftp://h", "ws:h"})
    void only_ws_and_wss_endpoints_are_accepted(String endpoint) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConnectionUrl.parseEndpoint(endpoint));
        assertTrue(
                e.getMessage().startsWith("--csms-url: must start with ws:// or wss://")
                        || e.getMessage().startsWith("--csms-url: has no valid host"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws:///ocpp", "ws://", "ws://user:hunter2@h/ocpp", "ws://h/ocpp#x", "ws://h o/ocpp"})
    void an_endpoint_without_host_or_with_credentials_or_fragment_is_refused_without_echoing_it(String endpoint) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConnectionUrl.parseEndpoint(endpoint));
        assertTrue(e.getMessage().startsWith("--csms-url: "), e.getMessage());
        assertTrue(!e.getMessage().contains("hunter2"), e.getMessage());
    }
}
