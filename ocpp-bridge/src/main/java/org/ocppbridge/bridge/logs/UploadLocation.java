package org.ocppbridge.bridge.logs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A GetLog {@code remoteLocation} checked before the request is answered.
 *
 * <p>A location whose scheme is not http, https, ftp or ftps (or that has no scheme) is {@link Kind#UNSUPPORTED}:
 * the request is Rejected. A location with a supported scheme that is not a valid URL with a host is
 * {@link Kind#MALFORMED}: the request is Accepted (the CSMS did ask for a protocol we speak) and reported as
 * BadMessage, without an attempt.
 */
public record UploadLocation(Kind kind, URI uri, String reason) {

    public enum Kind {
        SUPPORTED,
        MALFORMED,
        UNSUPPORTED
    }

    static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "ftps");

    public UploadLocation {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.SUPPORTED) {
            Objects.requireNonNull(uri, "uri");
        } else {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public static UploadLocation check(String location) {
        int colon = location.indexOf(':');
        String scheme = colon <= 0 ? "" : location.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            return new UploadLocation(
                    Kind.UNSUPPORTED,
                    null,
                    "unsupported upload protocol; the bridge uploads over http, https, ftp and ftps");
        }
        try {
            URI uri = new URI(location);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return new UploadLocation(Kind.MALFORMED, null, "the location has no host");
            }
            return new UploadLocation(Kind.SUPPORTED, uri, null);
        } catch (URISyntaxException e) {
            return new UploadLocation(Kind.MALFORMED, null, "the location is not a valid URL: " + e.getReason());
        }
    }

    /** The lower-case scheme of a supported location. */
    public String scheme() {
        return uri.getScheme().toLowerCase(Locale.ROOT);
    }
}
