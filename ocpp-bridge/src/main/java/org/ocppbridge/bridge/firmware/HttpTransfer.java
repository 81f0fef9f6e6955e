package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

/**
 * An HTTP(S) GET. HttpURLConnection rather than java.net.http because it bounds every read with a time-out and
 * {@link HttpURLConnection#disconnect()} breaks a blocked read from another thread.
 */
final class HttpTransfer implements FirmwareTransfer {

    private final HttpURLConnection connection;
    private final InputStream body;

    private HttpTransfer(HttpURLConnection connection, InputStream body) {
        this.connection = connection;
        this.body = body;
    }

    static HttpTransfer open(URI uri, SSLContext tls, Duration timeout) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        if (connection instanceof HttpsURLConnection https && tls != null) {
            https.setSSLSocketFactory(tls.getSocketFactory());
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        connection.setConnectTimeout(millis);
        connection.setReadTimeout(millis);
        connection.setInstanceFollowRedirects(true);
        connection.setUseCaches(false);
        try {
            int code = connection.getResponseCode();
            if (code != HttpURLConnection.HTTP_OK) {
                throw new IOException("HTTP " + code);
            }
            return new HttpTransfer(connection, connection.getInputStream());
        } catch (IOException e) {
            connection.disconnect();
            throw e;
        }
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public long expectedLength() {
        return connection.getContentLengthLong();
    }

    @Override
    public void finish() {
        // HTTP has no trailer verdict; completeness is judged by Content-Length.
    }

    @Override
    public void abort() {
        // disconnect() closes the body stream, whose close waits for a read in progress (they share a lock) —
        // up to the read time-out against a server that stalls. The caller is the protocol core answering a new
        // UpdateFirmware (L01.FR.24): it must not wait, so the break-off runs on a thread of its own, which ends
        // when the blocked read does.
        Thread aborter = new Thread(connection::disconnect, "ocpp-firmware-abort");
        aborter.setDaemon(true);
        aborter.start();
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
