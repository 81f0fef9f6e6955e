package org.ocppbridge.bridge.transfer;

import java.time.Duration;
import java.util.Objects;
import org.ocppbridge.bridge.certificates.TlsTrust;

/**
 * How the transfer layer connects: the time-outs, whom https and ftps trust, and how http(s) uploads are sent.
 *
 * @param connectTimeout how long to wait for a connection (TCP and TLS handshake)
 * @param readTimeout how long one read may block (a reply, a buffer of the body, an FTP reply)
 * @param trust the trust rule of every TLS connection (https, ftps): the JVM's store, {@code --csms-ca}, and
 *     whatever anchors are injected
 * @param uploadMethod PUT or multipart POST for http(s) uploads
 */
public record TransferSettings(
        Duration connectTimeout, Duration readTimeout, TlsTrust trust, UploadMethod uploadMethod) {

    public TransferSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(uploadMethod, "uploadMethod");
    }

    int connectMillis() {
        return (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
    }

    int readMillis() {
        return (int) Math.min(Integer.MAX_VALUE, readTimeout.toMillis());
    }
}
