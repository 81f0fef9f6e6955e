package org.ocppbridge.bridge.transport;

import java.nio.charset.StandardCharsets;

/** RFC 6455 §7.4 rules for the close codes and reason an endpoint may send. */
final class CloseCodes {

    private CloseCodes() {}

    static void validate(int code, String reason) {
        boolean sendable =
                (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011) || (code >= 3000 && code <= 4999);
        if (!sendable) {
            throw new IllegalArgumentException("close code " + code + " may not be sent (RFC 6455 §7.4)");
        }
        if (reason != null && reason.getBytes(StandardCharsets.UTF_8).length > 123) {
            throw new IllegalArgumentException("close reason longer than 123 bytes (RFC 6455 §5.5)");
        }
    }
}
