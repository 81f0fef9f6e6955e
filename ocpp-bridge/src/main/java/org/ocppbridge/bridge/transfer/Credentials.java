package org.ocppbridge.bridge.transfer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A user and password taken from a URL's user info ({@code scheme://user:password@host/…}), percent-decoded. The
 * same rule for every scheme: FTP and FTPS log in with them, HTTP and HTTPS send them as Basic authorization
 * (N01 note: a location may carry credentials). {@link #toString()} never shows them, so a credential cannot reach
 * a log line by accident.
 */
public record Credentials(String user, String password) {

    /** The FTP login when the URL names no user (RFC 1635: the password is a mail-like identification). */
    public static final Credentials ANONYMOUS_FTP = new Credentials("anonymous", "ocpp-bridge@");

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** The value of an {@code Authorization} header (RFC 7617, UTF-8). */
    String basicAuthorization() {
        byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    @Override
    public String toString() {
        return "Credentials[redacted]";
    }
}
