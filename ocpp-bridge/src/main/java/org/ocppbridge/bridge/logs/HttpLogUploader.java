package org.ocppbridge.bridge.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import org.ocppbridge.mappings.system.LogStatusEnum;

/**
 * Uploads an archive over HTTP or HTTPS: a PUT of the raw archive with {@code Content-Disposition: attachment;
 * filename="…"} (the default), or a multipart/form-data POST with one part named {@code file}
 * ({@code log-upload-method=POST}). The body is streamed from the archive file with a fixed Content-Length.
 *
 * <p>Statuses: 2xx → uploaded; 401/403 → PermissionDenied; 405/501 → NotSupportedOperation; a reply that is not
 * HTTP → BadMessage; anything else (other codes, refused or broken connections, time-outs) → UploadFailure.
 * Redirects are not followed (a streamed body cannot be sent twice).
 */
public final class HttpLogUploader implements LogUploader {

    /** How the archive is sent ({@code log-upload-method}). */
    public enum Method {
        PUT,
        POST
    }

    private final Method method;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final SSLSocketFactory sslSocketFactory;

    /**
     * @param sslSocketFactory the TLS settings for https; null for the JVM's default trust
     */
    public HttpLogUploader(
            Method method, Duration connectTimeout, Duration readTimeout, SSLSocketFactory sslSocketFactory) {
        this.method = Objects.requireNonNull(method, "method");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.sslSocketFactory = sslSocketFactory;
    }

    @Override
    public void upload(Path archive, String fileName, URI location, UploadAbort abort) throws LogUploadException {
        HttpURLConnection connection = open(target(location, fileName));
        abort.onAbort(connection::disconnect);
        try {
            long size = Files.size(archive);
            byte[] head;
            byte[] tail;
            if (method == Method.PUT) {
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
                    InputStream in = Files.newInputStream(archive)) {
                out.write(head);
                abort.copy(in, out);
                out.write(tail);
            }
            int code = connection.getResponseCode();
            discardBody(connection, code);
            check(code);
        } catch (HttpRetryException e) {
            // Thrown instead of the status when the server asks for credentials of a streamed body.
            check(e.responseCode());
        } catch (IOException e) {
            if (abort.aborted()) {
                throw new LogUploadException(LogStatusEnum.UploadFailure, "upload cancelled", e);
            }
            LogStatusEnum status = isNotHttp(e) ? LogStatusEnum.BadMessage : LogStatusEnum.UploadFailure;
            throw new LogUploadException(status, "HTTP upload failed: " + e, e);
        } finally {
            connection.disconnect();
        }
    }

    static void check(int code) throws LogUploadException {
        if (code >= 200 && code < 300) {
            return;
        }
        LogStatusEnum status =
                switch (code) {
                    case 401, 403 -> LogStatusEnum.PermissionDenied;
                    case 405, 501 -> LogStatusEnum.NotSupportedOperation;
                    case -1 -> LogStatusEnum.BadMessage; // the reply was not HTTP
                    default -> LogStatusEnum.UploadFailure;
                };
        throw new LogUploadException(status, "HTTP server answered " + code);
    }

    private HttpURLConnection open(URI target) throws LogUploadException {
        try {
            HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection();
            if (sslSocketFactory != null && connection instanceof HttpsURLConnection https) {
                https.setSSLSocketFactory(sslSocketFactory);
            }
            connection.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
            connection.setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setDoOutput(true);
            connection.setRequestMethod(method.name());
            return connection;
        } catch (IOException | IllegalArgumentException e) {
            throw new LogUploadException(LogStatusEnum.BadMessage, "cannot open " + target.getScheme() + " URL", e);
        }
    }

    /** The location, with the file name appended when its path is empty or ends with a slash. */
    static URI target(URI location, String fileName) {
        String path = location.getRawPath();
        if (path != null && !path.isEmpty() && !path.endsWith("/")) {
            return location;
        }
        // The file name holds only URL-safe characters (see LogArchiveName), so it needs no escaping.
        String query = location.getRawQuery() == null ? "" : "?" + location.getRawQuery();
        return URI.create(location.getScheme() + "://" + location.getRawAuthority()
                + LogUploader.targetPath(path == null || path.isEmpty() ? "/" : path, fileName) + query);
    }

    private static void discardBody(HttpURLConnection connection, int code) throws IOException {
        InputStream body = code >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (body != null) {
            try (body) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    private static boolean isNotHttp(IOException e) {
        String message = e.getMessage();
        return message != null && message.startsWith("Invalid Http response");
    }
}
