package org.ocppbridge.bridge.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Checks the CSMS endpoint URL and derives the connection URL from it (Part 4 §3.1.1). */
public final class ConnectionUrl {

    private static final String FLAG = ConfigKey.CSMS_URL.flag();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ConnectionUrl() {}

    /** Parses and checks an endpoint URL. Messages never repeat the URL: it may hold a token. */
    public static URI parseEndpoint(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new ConfigException(
                    FLAG,
                    "is not a valid URL (" + e.getReason() + " at index " + e.getIndex()
                            + "); write it like ws://csms.example.com/ocpp");
        }
        return checkEndpoint(uri);
    }

    public static URI checkEndpoint(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new ConfigException(
                    FLAG,
                    "must start with ws:// or wss://" + (scheme.isEmpty() ? "" : " (got " + scheme + "://)")
                            + "; OCPP-J runs over WebSocket");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null || uri.getHost() == null) {
            throw new ConfigException(
                    FLAG, "has no valid host name; write it like " + scheme + "://csms.example.com/ocpp");
        }
        if (uri.getPort() > 65535) {
            // java.net.URI takes any digits; the socket would refuse them at every attempt, forever.
            throw new ConfigException(FLAG, "has a port outside 1-65535 (got " + uri.getPort() + "); fix the port");
        }
        if (uri.getPort() == 0) {
            throw new ConfigException(FLAG, "has port 0; give the CSMS's port, or none for the scheme's default");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ConfigException(
                    FLAG, "must not contain a user name or password; use --station-id and" + " --basic-auth-password");
        }
        if (uri.getRawFragment() != null) {
            throw new ConfigException(FLAG, "must not contain a #fragment; remove it");
        }
        return uri;
    }

    /**
     * The endpoint with {@code /} and the percent-encoded station id appended to its path, before any query, without
     * doubling a {@code /} that ends the path.
     */
    public static URI build(URI endpoint, String stationId) {
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        StringBuilder url = new StringBuilder()
                .append(endpoint.getScheme().toLowerCase(Locale.ROOT))
                .append("://")
                .append(endpoint.getRawAuthority())
                .append(path);
        if (!path.endsWith("/")) {
            url.append('/');
        }
        url.append(encodePathSegment(stationId));
        if (endpoint.getRawQuery() != null) {
            url.append('?').append(endpoint.getRawQuery());
        }
        return URI.create(url.toString());
    }

    /**
     * RFC 3986 §3.3: a segment may hold unreserved characters, sub-delims, ':' and '@' as they are; everything else
     * is percent-encoded as UTF-8 bytes ("RDAM 123" → "RDAM%20123", Part 4 §3.1.1 example 2).
     */
    public static String encodePathSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isPathCharacter(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isPathCharacter(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
    }
}
