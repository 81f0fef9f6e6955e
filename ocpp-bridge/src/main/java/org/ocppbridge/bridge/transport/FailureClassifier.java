package org.ocppbridge.bridge.transport;

import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/** Turns what the transport observed about a finished connection into its outcome. */
final class FailureClassifier {

    private static final int NORMAL = 1000;
    private static final int ABNORMAL = 1006;

    private FailureClassifier() {}

    /**
     * @param handshakeFailure a refused upgrade or subprotocol, recorded while parsing the response, or null
     * @param certificateRejection the trust manager's rejection of the CSMS certificate, or null
     * @param error the first error the library reported, or null
     * @param opened whether the WebSocket had opened
     * @param code the library's close code (negative codes are its internal "never connected" markers)
     * @return null for a clean close handshake; otherwise why the connection failed
     */
    static TransportException classify(
            TransportException handshakeFailure,
            CertificateException certificateRejection,
            Exception error,
            boolean opened,
            int code,
            String reason) {
        if (handshakeFailure != null) {
            return handshakeFailure;
        }
        if (certificateRejection != null) {
            return new TransportException(
                    FailureKind.INVALID_CSMS_CERTIFICATE,
                    "CSMS certificate rejected: " + certificateRejection.getMessage(),
                    certificateRejection,
                    -1);
        }
        String detail = error != null ? error.toString() : "code " + code + (reason.isEmpty() ? "" : ": " + reason);
        if (error instanceof SSLException) {
            return new TransportException(FailureKind.TLS_ERROR, "TLS failure: " + detail, error, -1);
        }
        if (error instanceof SocketTimeoutException) {
            return new TransportException(FailureKind.TIMEOUT, "timed out: " + detail, error, -1);
        }
        if (!opened) {
            return new TransportException(FailureKind.CONNECT_FAILED, "cannot connect: " + detail, error, -1);
        }
        if (error != null || code == ABNORMAL || code < NORMAL) {
            return new TransportException(FailureKind.CONNECTION_LOST, "connection lost: " + detail, error, -1);
        }
        return null;
    }
}
