package org.ocppbridge.bridge.transfer;

import java.io.IOException;
import java.util.Objects;

/**
 * A transfer attempt that failed, with what kind of failure it was; {@link FailureStatus} turns the kind into the
 * status the CSMS sees. Messages name the step and the server's code, never a URL's user info.
 */
public final class TransferException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the terms the OCPP statuses distinguish. */
    public enum Failure {
        /** The server refused the credentials or the access: HTTP 401/403, FTP 530. */
        PERMISSION_DENIED,
        /** The server does not do the operation: HTTP 405/501, FTP 502/504. */
        NOT_SUPPORTED,
        /** The peer is not an HTTP/FTP server (a reply that does not parse), or the location is malformed. */
        BAD_MESSAGE,
        /** The job's {@link TransferCancel} was raised. */
        CANCELLED,
        /** Anything else: other codes, refused or broken connections, time-outs, TLS trust, short bodies. */
        FAILED
    }

    private final Failure failure;

    public TransferException(Failure failure, String message) {
        this(failure, message, null);
    }

    public TransferException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public Failure failure() {
        return failure;
    }

    static TransferException cancelled() {
        return new TransferException(Failure.CANCELLED, "cancelled");
    }

    /** The failure an HTTP status code other than success stands for. */
    static TransferException http(int code) {
        Failure failure =
                switch (code) {
                    case 401, 403 -> Failure.PERMISSION_DENIED;
                    case 405, 501 -> Failure.NOT_SUPPORTED;
                    case -1 -> Failure.BAD_MESSAGE; // the reply was not HTTP
                    default -> Failure.FAILED;
                };
        return new TransferException(failure, "HTTP server answered " + code);
    }

    /** The failure an FTP reply code to {@code step} stands for. */
    static TransferException ftp(String step, int code) {
        Failure failure =
                switch (code) {
                    case 530 -> Failure.PERMISSION_DENIED;
                    case 502, 504 -> Failure.NOT_SUPPORTED;
                    default -> Failure.FAILED;
                };
        return new TransferException(failure, "FTP " + step + " refused: " + code);
    }
}
