package org.ocppbridge.simulator;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One WebSocket upgrade request a station made, and the HTTP status it got.
 *
 * @param at when the request arrived
 * @param path the request path ("/ocpp/CS001")
 * @param headers the request headers, names in lower case
 * @param status 101 when accepted, else the refusal status (400, 401, 404, 503, ...)
 */
public record HandshakeAttempt(Instant at, String path, Map<String, String> headers, int status) {

    public HandshakeAttempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
    }

    public boolean accepted() {
        return status == 101;
    }

    /** A request header by its name in any case, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
