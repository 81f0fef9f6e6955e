package org.ocppbridge.bridge.logs;

import java.util.Objects;
import org.ocppbridge.bridge.transfer.TransferUrl;
import org.ocppbridge.bridge.transfer.TransferUrlException;

/**
 * A GetLog {@code remoteLocation} checked before the request is answered, by the transfer layer's URL rule.
 *
 * <p>A location whose scheme is not http, https, ftp or ftps (or that has no scheme) is {@link Kind#UNSUPPORTED}:
 * the request is Rejected. A location with a supported scheme that is not a valid URL with a host is
 * {@link Kind#MALFORMED}: the request is Accepted (the CSMS did ask for a protocol we speak) and reported as
 * BadMessage, without an attempt.
 */
public record UploadLocation(Kind kind, TransferUrl url, String reason) {

    public enum Kind {
        SUPPORTED,
        MALFORMED,
        UNSUPPORTED
    }

    public UploadLocation {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.SUPPORTED) {
            Objects.requireNonNull(url, "url");
        } else {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public static UploadLocation check(String location) {
        try {
            return new UploadLocation(Kind.SUPPORTED, TransferUrl.parse(location), null);
        } catch (TransferUrlException e) {
            return switch (e.kind()) {
                case UNSUPPORTED_SCHEME ->
                    new UploadLocation(
                            Kind.UNSUPPORTED,
                            null,
                            "unsupported upload protocol; the bridge uploads over http, https, ftp and ftps");
                case MALFORMED -> new UploadLocation(Kind.MALFORMED, null, e.getMessage());
            };
        }
    }
}
