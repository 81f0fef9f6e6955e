package org.ocppbridge.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides whether a station's upgrade request is accepted, and with which HTTP status it is refused.
 * Thread-safe.
 */
final class HandshakePolicy {

    /** The answer to one upgrade request: 101 and the station id, or a refusal status. */
    record Decision(int status, String reasonPhrase, String stationId, String extraHeaders) {
        boolean accepted() {
            return status == 101;
        }

        static Decision refuse(int status, String reasonPhrase) {
            return new Decision(status, reasonPhrase, null, "");
        }
    }

    /** P4 §3.1.1: identifierString, at most 48 characters, no ':'. */
    private static final int MAX_STATION_ID_LENGTH = 48;

    private final String pathPrefix;
    private final String basicAuthUser;
    /** Null when no Basic auth is required; changed when the CSMS rotates the station's password (A01). */
    private final AtomicReference<String> basicAuthPassword;

    private final AtomicReference<int[]> forcedRefusals = new AtomicReference<>(new int[] {0, 0});

    /**
     * @param path the path before the station id, without slashes ("ocpp")
     * @param basicAuthUser the required user, or null for "the station id" (P4 §3.1.1 / TC_A_01)
     * @param basicAuthPassword the required password, or null when no Basic auth is required
     */
    HandshakePolicy(String path, String basicAuthUser, String basicAuthPassword) {
        this.pathPrefix = path.isEmpty() ? "/" : "/" + path + "/";
        this.basicAuthUser = basicAuthUser;
        this.basicAuthPassword = new AtomicReference<>(basicAuthPassword);
    }

    /** The next {@code count} upgrade requests are refused with {@code status}, whatever they carry. */
    void refuseNext(int status, int count) {
        if (status < 300 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP error status, was " + status);
        }
        forcedRefusals.set(new int[] {status, count});
    }

    Decision decide(String resourceDescriptor, boolean offersOcpp201, String authorization) {
        int forced = takeForcedRefusal();
        if (forced == 401) {
            return new Decision(401, "Unauthorized", null, "WWW-Authenticate: Basic realm=\"ocpp\"\r\n");
        }
        if (forced != 0) {
            return Decision.refuse(forced, reasonPhrase(forced));
        }
        String path;
        try {
            path = URI.create(resourceDescriptor).getPath();
        } catch (IllegalArgumentException e) {
            return Decision.refuse(400, "Bad Request");
        }
        if (path == null || !path.startsWith(pathPrefix)) {
            return Decision.refuse(404, "Not Found");
        }
        String stationId = path.substring(pathPrefix.length());
        if (stationId.isEmpty()
                || stationId.contains("/")
                || stationId.contains(":")
                || stationId.length() > MAX_STATION_ID_LENGTH) {
            // P4 §3.2: an unknown identity SHOULD get 404.
            return Decision.refuse(404, "Not Found");
        }
        if (!offersOcpp201) {
            return Decision.refuse(400, "Bad Request");
        }
        String password = basicAuthPassword.get();
        if (password != null && !authorized(stationId, authorization, password)) {
            return new Decision(401, "Unauthorized", null, "WWW-Authenticate: Basic realm=\"ocpp\"\r\n");
        }
        return new Decision(101, "Switching Protocols", stationId, "");
    }

    /** From now on, upgrade requests must carry {@code password} (null: no Basic auth required). */
    void requirePassword(String password) {
        basicAuthPassword.set(password);
    }

    private boolean authorized(String stationId, String authorization, String password) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String expectedUser = basicAuthUser != null ? basicAuthUser : stationId;
        byte[] expected = (expectedUser + ":" + password).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, decoded);
    }

    private int takeForcedRefusal() {
        while (true) {
            int[] current = forcedRefusals.get();
            if (current[1] <= 0) {
                return 0;
            }
            if (forcedRefusals.compareAndSet(current, new int[] {current[0], current[1] - 1})) {
                return current[0];
            }
        }
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Refused";
        };
    }
}
