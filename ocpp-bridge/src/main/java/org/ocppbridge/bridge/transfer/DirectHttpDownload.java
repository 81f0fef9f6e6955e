package org.ocppbridge.bridge.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fast path of a plain {@code http://} download (issue 18): the GET over a {@link SocketChannel}, the body read
 * straight into the caller's direct buffer, which is then hashed and written to the file without ever being
 * copied into the Java heap. Measured on a 256 MiB image this takes about half the time of
 * {@code HttpURLConnection} (see the README's transfer table).
 *
 * <p>It takes only the plain case: status 200 with a Content-Length and no transfer or content coding, and no
 * proxy configured for the URL. An error status is refused here as the general client would refuse it (only 200
 * counts, without a second request). Interim 1xx responses are skipped, as HTTP asks of every client. Anything else
 * — a redirect, a chunked body or one without a length, a reply that is not HTTP — closes this connection and
 * {@link #open} returns empty, and the general client ({@link HttpTransfers}) makes the request again and handles it
 * with all its rules: such an attempt sends two GETs (so a URL that works only once works here only for the plain
 * case), and a plain http redirect is followed by the general client, not by this path. https never comes here.
 *
 * <p>Why this file is a little longer than ~300 lines: the request, the response head's parsing and the checks
 * that send a reply back to the general client belong together, since each check is the reason the fast path may
 * skip a rule of HTTP; split apart they would hide which replies it takes.
 */
final class DirectHttpDownload implements Download {

    private static final int MAX_HEAD = 64 * 1024;
    private static final int MAX_INTERIM = 8;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] ([1-5][0-9][0-9])(?: [^\r\n]*)?\r\n");

    private final SocketChannel socket;
    private final Selector selector;
    private final ByteBuffer head;
    private final long length;
    private final int readMillis;
    private final TransferCancel cancel;
    private final ReadableByteChannel body = new Body();
    private long remaining;

    private DirectHttpDownload(
            SocketChannel socket,
            Selector selector,
            ByteBuffer head,
            long length,
            int readMillis,
            TransferCancel cancel) {
        this.socket = socket;
        this.selector = selector;
        this.head = head;
        this.length = length;
        this.remaining = length;
        this.readMillis = readMillis;
        this.cancel = cancel;
    }

    /**
     * Sends the GET and reads the response head; the download when it is the plain case, empty when the general
     * client must take the request.
     *
     * @throws TransferException no connection within the connect time-out, a stalled or cut head, or a cancel
     */
    static Optional<Download> open(TransferUrl url, TransferSettings settings, TransferCancel cancel)
            throws TransferException {
        URI uri = url.httpUri();
        if (url.scheme() != Scheme.HTTP || !direct(uri)) {
            return Optional.empty();
        }
        SocketChannel socket = null;
        Selector selector = null;
        try {
            socket = SocketChannel.open();
            SocketChannel opened = socket;
            cancel.onCancel(() -> closeQuietly(opened));
            socket.socket().connect(new InetSocketAddress(url.host(), url.port()), settings.connectMillis());
            socket.configureBlocking(false);
            selector = Selector.open();
            Selector waiting = selector;
            cancel.onCancel(() -> {
                closeQuietly(opened);
                waiting.wakeup();
            });
            socket.register(selector, SelectionKey.OP_READ);
            writeFully(socket, request(url, uri));
            ByteBuffer buffer = ByteBuffer.allocate(MAX_HEAD);
            int end;
            String text;
            int status;
            for (int interim = 0; ; interim++) {
                end = readHead(socket, selector, buffer, settings.readMillis());
                text = end < 0 ? "" : new String(buffer.array(), 0, end, StandardCharsets.ISO_8859_1);
                status = status(text);
                if (!interim(status)) {
                    break;
                }
                // RFC 9110 §15.2: a 1xx (100 Continue, 103 Early Hints) comes before the final answer; a client
                // skips it. A bounded number of them, so a server cannot keep this loop going.
                if (interim == MAX_INTERIM) {
                    throw new TransferException(
                            TransferException.Failure.FAILED, "more than " + MAX_INTERIM + " interim responses");
                }
                buffer.flip().position(end);
                buffer.compact();
            }
            if (status >= 0 && status != 200 && (status < 300 || status > 399)) {
                // Refused: the same answer the general client gives (only 200 counts), without asking twice.
                throw TransferException.http(status);
            }
            long length = plainLength(text);
            if (length < 0) {
                cancel.clear();
                closeQuietly(socket);
                closeQuietly(selector);
                return Optional.empty();
            }
            buffer.flip().position(end);
            return Optional.of(new DirectHttpDownload(socket, selector, buffer, length, settings.readMillis(), cancel));
        } catch (TransferException e) {
            cancel.clear();
            closeQuietly(socket);
            closeQuietly(selector);
            throw e;
        } catch (IOException | RuntimeException e) {
            cancel.clear();
            closeQuietly(socket);
            closeQuietly(selector);
            if (cancel.isCancelled()) {
                throw TransferException.cancelled();
            }
            throw new TransferException(TransferException.Failure.FAILED, "HTTP download failed: " + e, e);
        }
    }

    /**
     * Opens and closes a selector and an unconnected socket channel: the first of each initialises the JDK's NIO
     * provider (epoll, its event descriptor, the channel classes), about 15 ms cold that the first download would
     * otherwise pay between its check and its GET (issue 18). Nothing connects; a failure is left to that download.
     */
    static void warmUp() {
        try (Selector selector = Selector.open();
                SocketChannel channel = SocketChannel.open()) {
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            selector.selectNow();
        } catch (IOException e) {
            // best effort: the download opens its own and reports what fails there
        }
    }

    /** No proxy for this URL (the general client honours proxies; this path does not speak to them). */
    private static boolean direct(URI uri) {
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies == null) {
            return true;
        }
        List<Proxy> chosen = proxies.select(uri);
        return chosen.isEmpty() || chosen.stream().allMatch(p -> p.type() == Proxy.Type.DIRECT);
    }

    private static ByteBuffer request(TransferUrl url, URI uri) {
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String host = uri.getHost() + (url.port() == Scheme.HTTP.defaultPort() ? "" : ":" + url.port());
        StringBuilder text = new StringBuilder()
                .append("GET ")
                .append(target)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append("\r\nUser-Agent: ocpp-bridge\r\nAccept: */*\r\nConnection: close\r\n");
        url.credentials().ifPresent(c -> text.append("Authorization: ")
                .append(c.basicAuthorization())
                .append("\r\n"));
        text.append("\r\n");
        return ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads until the empty line; returns the index just after it, or -1 when the head is over the limit. */
    private static int readHead(SocketChannel socket, Selector selector, ByteBuffer buffer, int readMillis)
            throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = Math.max(3, scanned); i < buffer.position(); i++) {
                if (buffer.get(i) == '\n'
                        && buffer.get(i - 1) == '\r'
                        && buffer.get(i - 2) == '\n'
                        && buffer.get(i - 3) == '\r') {
                    return i + 1;
                }
            }
            scanned = buffer.position();
            if (!buffer.hasRemaining()) {
                return -1;
            }
            if (read(socket, selector, buffer, readMillis) < 0) {
                return -1; // closed before the head ended: let the general client report it
            }
        }
    }

    /** An interim response to skip: 1xx but 101 (Switching Protocols, which a GET without Upgrade never asked for). */
    static boolean interim(int status) {
        return status >= 100 && status <= 199 && status != 101;
    }

    /** The status code of an HTTP/1.x response head, or -1 when it is not one. */
    static int status(String head) {
        Matcher line = STATUS_LINE.matcher(head);
        return line.lookingAt() ? Integer.parseInt(line.group(1)) : -1;
    }

    /** The Content-Length of a plain 200 (no transfer or content coding), else -1. */
    static long plainLength(String head) {
        String[] lines = head.split("\r\n");
        if (status(head) != 200) {
            return -1;
        }
        long length = -1;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            if (name.equals("transfer-encoding") || name.equals("content-encoding")) {
                return -1;
            }
            if (name.equals("content-length")) {
                if (length >= 0 || !value.matches("[0-9]{1,18}")) {
                    return -1; // two lengths, or one that is not a number: the general client decides
                }
                length = Long.parseLong(value);
            }
        }
        return length;
    }

    /** One read, waiting at most {@code readMillis} for bytes; -1 at the end of the stream. */
    private static int read(SocketChannel socket, Selector selector, ByteBuffer into, int readMillis)
            throws IOException {
        while (true) {
            int n = socket.read(into);
            if (n != 0) {
                return n;
            }
            int ready = selector.select(readMillis);
            if (!socket.isOpen()) {
                throw new IOException("the connection was closed"); // the cancel's cut
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("interrupted while waiting for data"); // not a time-out
            }
            if (ready == 0) {
                throw new SocketTimeoutException("no data for " + readMillis + " ms");
            }
            selector.selectedKeys().clear();
        }
    }

    private static void writeFully(SocketChannel socket, ByteBuffer bytes) throws IOException {
        // A request head fits the socket's send buffer; a full one would make this spin, so it is bounded.
        for (int tries = 0; bytes.hasRemaining(); tries++) {
            if (socket.write(bytes) == 0 && tries > 1000) {
                throw new IOException("cannot send the request");
            }
        }
    }

    @Override
    public Optional<ReadableByteChannel> channel() {
        return Optional.of(body);
    }

    @Override
    public InputStream body() {
        return Channels.newInputStream(body);
    }

    @Override
    public long expectedLength() {
        return length;
    }

    @Override
    public void finish() {
        // The body ended at its Content-Length (a shorter one is judged by the caller).
    }

    @Override
    public void close() {
        cancel.clear();
        closeQuietly(socket);
        closeQuietly(selector);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing to give up or to cancel: nothing more to do about it.
        }
    }

    /** The body: what came with the head, then the socket, never past Content-Length. */
    private final class Body implements ReadableByteChannel {

        @Override
        public int read(ByteBuffer into) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int n;
            if (head.hasRemaining()) {
                int take = (int) Math.min(Math.min(head.remaining(), into.remaining()), remaining);
                ByteBuffer slice = head.slice().limit(take);
                into.put(slice);
                head.position(head.position() + take);
                n = take;
            } else {
                int limit = into.limit();
                if (into.remaining() > remaining) {
                    into.limit(into.position() + (int) remaining);
                }
                try {
                    n = DirectHttpDownload.read(socket, selector, into, readMillis);
                } finally {
                    into.limit(limit);
                }
                if (n < 0) {
                    return -1; // short: the caller compares with Content-Length
                }
            }
            remaining -= n;
            return n;
        }

        @Override
        public boolean isOpen() {
            return socket.isOpen();
        }

        @Override
        public void close() {
            DirectHttpDownload.this.close();
        }
    }
}
