package org.ocppbridge.bridge.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

/**
 * HTTP and HTTPS for the transfer layer: a GET for downloads, a PUT (or multipart/form-data POST) for uploads.
 * HttpURLConnection rather than java.net.http because it bounds every read with a time-out and
 * {@link HttpURLConnection#disconnect()} breaks a blocked read from another thread.
 *
 * <p>Credentials of the URL go in an {@code Authorization: Basic} header; the request URL never carries them, so
 * no exception text of the JDK can show them. A download follows up to five redirects itself, sending the
 * credentials only to the same scheme, host and port (as curl does); an upload follows none (a streamed body cannot
 * be sent twice).
 */
final class HttpTransfers {

    private static final int MAX_REDIRECTS = 5;

    private final TransferSettings settings;

    HttpTransfers(TransferSettings settings) {
        this.settings = settings;
    }

    /** GET; only 200 counts (a 206 or 204 is not the image). */
    Download openDownload(TransferUrl url, TransferCancel cancel) throws TransferException {
        URI target = url.httpUri();
        Optional<Credentials> credentials = url.credentials();
        for (int redirects = 0; ; redirects++) {
            HttpURLConnection connection = open(target, credentials);
            cancel.onCancel(connection::disconnect);
            try {
                connection.setInstanceFollowRedirects(false);
                int code = connection.getResponseCode();
                if (code == HttpURLConnection.HTTP_OK) {
                    return new HttpDownload(connection, connection.getInputStream(), cancel);
                }
                String location = connection.getHeaderField("Location");
                connection.disconnect();
                if (!isRedirect(code) || location == null || redirects == MAX_REDIRECTS) {
                    throw TransferException.http(code);
                }
                URI next = target.resolve(location);
                if ("https".equalsIgnoreCase(target.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
                    throw new TransferException(
                            TransferException.Failure.FAILED, "HTTPS download redirected to plain HTTP; refused");
                }
                if (!sameOrigin(target, next)) {
                    credentials = Optional.empty();
                }
                target = next;
            } catch (TransferException e) {
                connection.disconnect();
                throw cancel.isCancelled() ? TransferException.cancelled() : e;
            } catch (IOException | RuntimeException e) {
                // A disconnect by the cancel while the JDK connects surfaces as a RuntimeException of its own.
                connection.disconnect();
                throw failure("HTTP download", e, cancel);
            }
        }
    }

    /** PUT with Content-Disposition, or a multipart POST with one part named {@code file}; 2xx counts. */
    void upload(Path file, String fileName, TransferUrl url, TransferCancel cancel) throws TransferException {
        HttpURLConnection connection = open(url.withFileName(fileName).httpUri(), url.credentials());
        // Repeated: a disconnect between the body and the response read makes HttpURLConnection reconnect and
        // wait the read time-out (TC_N_36); the finally below clears it.
        cancel.onCancelRepeated(connection::disconnect);
        try {
            connection.setInstanceFollowRedirects(false);
            connection.setDoOutput(true);
            connection.setRequestMethod(settings.uploadMethod().name());
            long size = Files.size(file);
            byte[] head;
            byte[] tail;
            if (settings.uploadMethod() == UploadMethod.PUT) {
                head = new byte[0];
                tail = new byte[0];
                connection.setRequestProperty("Content-Type", "application/gzip");
                connection.setRequestProperty("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            } else {
                String boundary = "ocpp-bridge-" + UUID.randomUUID();
                head = ("--" + boundary + "\r\n"
                                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                                + "Content-Type: application/gzip\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
                connection.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
            }
            connection.setFixedLengthStreamingMode(head.length + size + tail.length);
            try (OutputStream out = connection.getOutputStream();
                    InputStream in = Files.newInputStream(file)) {
                out.write(head);
                Copy.copy(in, out, cancel);
                out.write(tail);
            }
            int code = connection.getResponseCode();
            discardBody(connection, code);
            if (code < 200 || code >= 300) {
                throw TransferException.http(code);
            }
        } catch (HttpRetryException e) {
            // Thrown instead of the status when the server asks for credentials of a streamed body.
            throw TransferException.http(e.responseCode());
        } catch (TransferException e) {
            throw cancel.isCancelled() ? TransferException.cancelled() : e;
        } catch (IOException | RuntimeException e) {
            throw failure("HTTP upload", e, cancel);
        } finally {
            cancel.clear();
            connection.disconnect();
        }
    }

    private HttpURLConnection open(URI target, Optional<Credentials> credentials) throws TransferException {
        try {
            HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection();
            if (connection instanceof HttpsURLConnection https) {
                SSLContext tls = settings.trust().context();
                https.setSSLSocketFactory(tls.getSocketFactory());
            }
            connection.setConnectTimeout(settings.connectMillis());
            connection.setReadTimeout(settings.readMillis());
            connection.setUseCaches(false);
            credentials.ifPresent(c -> connection.setRequestProperty("Authorization", c.basicAuthorization()));
            return connection;
        } catch (IOException | IllegalArgumentException e) {
            throw new TransferException(
                    TransferException.Failure.BAD_MESSAGE, "cannot open the " + target.getScheme() + " URL", e);
        }
    }

    private static TransferException failure(String step, Exception e, TransferCancel cancel) {
        if (cancel.isCancelled()) {
            return TransferException.cancelled();
        }
        TransferException.Failure failure =
                isNotHttp(e) ? TransferException.Failure.BAD_MESSAGE : TransferException.Failure.FAILED;
        return new TransferException(failure, step + " failed: " + e, e);
    }

    private static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getPort() == b.getPort();
    }

    private static void discardBody(HttpURLConnection connection, int code) throws IOException {
        InputStream body = code >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (body != null) {
            try (body) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    private static boolean isNotHttp(Exception e) {
        String message = e.getMessage();
        return message != null && message.startsWith("Invalid Http response");
    }

    /** A GET whose body is being read. */
    private record HttpDownload(HttpURLConnection connection, InputStream body, TransferCancel cancel)
            implements Download {

        @Override
        public long expectedLength() {
            return connection.getContentLengthLong();
        }

        @Override
        public void finish() {
            // HTTP has no trailer verdict; completeness is judged by Content-Length.
        }

        @Override
        public void close() {
            cancel.clear();
            connection.disconnect();
        }
    }
}
