package org.ocppbridge.bridge.transfer;

import java.util.Locale;
import java.util.Optional;

/**
 * The URL schemes the transfer layer speaks, in both directions (firmware downloads, log uploads). {@code ftps} is
 * implicit TLS on its own port, as curl reads the scheme; explicit {@code AUTH TLS} on the plain FTP port is not
 * tried (see {@link FtpSession}).
 */
public enum Scheme {
    HTTP(80, false),
    HTTPS(443, true),
    FTP(21, false),
    FTPS(990, true);

    private final int defaultPort;
    private final boolean tls;

    Scheme(int defaultPort, boolean tls) {
        this.defaultPort = defaultPort;
        this.tls = tls;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public boolean isTls() {
        return tls;
    }

    public boolean isFtp() {
        return this == FTP || this == FTPS;
    }

    /** The lower-case name as written in a URL. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scheme named {@code text} (any case); empty when the layer does not speak it. */
    public static Optional<Scheme> of(String text) {
        for (Scheme scheme : values()) {
            if (scheme.text().equalsIgnoreCase(text)) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }
}
