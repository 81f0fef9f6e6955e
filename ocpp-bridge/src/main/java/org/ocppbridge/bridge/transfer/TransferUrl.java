package org.ocppbridge.bridge.transfer;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A location the CSMS handed over (UpdateFirmware {@code location}, GetLog {@code remoteLocation}), parsed once by
 * the one rule of the transfer layer: a scheme it speaks ({@link Scheme}), a host, the port (the scheme's default
 * when absent), the path and query as written, and the credentials of the user info, percent-decoded as UTF-8
 * ({@code +} stays a plus: this is URL syntax, not a form).
 *
 * <p>{@link #toString()} leaves the user info out, so the URL can be logged; the credentials live only in
 * {@link #credentials()}.
 *
 * @param rawPath the path as written (percent-encoded), possibly empty
 * @param rawQuery the query as written, or null
 */
public record TransferUrl(Scheme scheme, String host, int port, String rawPath, String rawQuery, Credentials userInfo) {

    public TransferUrl {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(rawPath, "rawPath");
    }

    /**
     * Parses a location.
     *
     * @throws TransferUrlException UNSUPPORTED_SCHEME for no scheme or one not in {@link Scheme}; MALFORMED for a
     *     supported scheme that does not make a URL with a host
     */
    public static TransferUrl parse(String location) throws TransferUrlException {
        Objects.requireNonNull(location, "location");
        int colon = location.indexOf(':');
        Optional<Scheme> scheme = colon <= 0 ? Optional.empty() : Scheme.of(location.substring(0, colon));
        if (scheme.isEmpty()) {
            throw new TransferUrlException(
                    TransferUrlException.Kind.UNSUPPORTED_SCHEME,
                    "unsupported protocol; the bridge transfers files over http, https, ftp and ftps");
        }
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            // The reason only: the input (and its index) could hold a password.
            throw new TransferUrlException(
                    TransferUrlException.Kind.MALFORMED, "the location is not a valid URL: " + e.getReason());
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new TransferUrlException(TransferUrlException.Kind.MALFORMED, "the location has no host");
        }
        Credentials credentials = uri.getRawUserInfo() == null ? null : credentials(uri.getRawUserInfo());
        return new TransferUrl(
                scheme.get(),
                uri.getHost(),
                uri.getPort() > 0 ? uri.getPort() : scheme.get().defaultPort(),
                uri.getRawPath() == null ? "" : uri.getRawPath(),
                uri.getRawQuery(),
                credentials);
    }

    /** The credentials of the user info; empty when the URL names none. */
    public Optional<Credentials> credentials() {
        return Optional.ofNullable(userInfo);
    }

    /**
     * This location with {@code fileName} appended when its path names a directory (empty or ending with
     * {@code /}); otherwise unchanged. The name must be URL-safe (archive names are).
     */
    public TransferUrl withFileName(String fileName) {
        if (!rawPath.isEmpty() && !rawPath.endsWith("/")) {
            return this;
        }
        String directory = rawPath.isEmpty() ? "/" : rawPath;
        return new TransferUrl(scheme, host, port, directory + fileName, rawQuery, userInfo);
    }

    /** The HTTP request target without user info (credentials go in a header, never into the URL). */
    URI httpUri() {
        String query = rawQuery == null ? "" : "?" + rawQuery;
        String path = rawPath.isEmpty() ? "/" : rawPath;
        return URI.create(scheme.text() + "://" + hostForUri() + ":" + port + path + query);
    }

    /**
     * The FTP path: relative to the login directory as RFC 1738 and curl read it (the one leading slash only
     * separates it from the host), percent-decoded; {@code %2F} at its start makes it absolute.
     */
    String ftpPath() throws TransferUrlException {
        String relative = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        return decode(relative);
    }

    @Override
    public String toString() {
        String query = rawQuery == null ? "" : "?" + rawQuery;
        return scheme.text() + "://" + hostForUri() + ":" + port + rawPath + query;
    }

    private String hostForUri() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static Credentials credentials(String rawUserInfo) throws TransferUrlException {
        int colon = rawUserInfo.indexOf(':');
        String user = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
        String password = colon < 0 ? "" : rawUserInfo.substring(colon + 1);
        return new Credentials(decode(user), decode(password));
    }

    /** RFC 3986 percent-decoding as UTF-8; a broken escape or invalid UTF-8 makes the location malformed. */
    static String decode(String raw) throws TransferUrlException {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) != '%') {
                int next = raw.indexOf('%', i);
                int end = next < 0 ? raw.length() : next;
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
                continue;
            }
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw new TransferUrlException(
                        TransferUrlException.Kind.MALFORMED, "the location has a broken percent-escape");
            }
            bytes.write(high * 16 + low);
            i += 3;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TransferUrlException(TransferUrlException.Kind.MALFORMED, "the location's escapes are not UTF-8");
        }
    }
}
