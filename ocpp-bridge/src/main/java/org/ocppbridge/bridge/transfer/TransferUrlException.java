package org.ocppbridge.bridge.transfer;

import java.util.Objects;

/** A location the transfer layer cannot use; the message never repeats the location (it may hold a password). */
public final class TransferUrlException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the location is refused. */
    public enum Kind {
        /** No scheme, or one the layer does not speak (scp, sftp, file …). */
        UNSUPPORTED_SCHEME,
        /** A scheme the layer speaks, but not a usable URL (no host, bad syntax, bad percent-encoding). */
        MALFORMED
    }

    private final Kind kind;

    TransferUrlException(Kind kind, String reason) {
        super(reason);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
