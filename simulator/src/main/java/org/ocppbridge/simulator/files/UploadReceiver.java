package org.ocppbridge.simulator.files;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 (port 0) that receives log uploads the way a CSMS's file server does: a PUT of the
 * file (name from {@code Content-Disposition}, else the last path segment) or a multipart/form-data POST with one
 * file part. Completed uploads are stored under their file name in the store directory and can be awaited.
 *
 * <p>{@link Mode} makes it misbehave on purpose, for the failure statuses of a station's log upload.
 */
public final class UploadReceiver implements AutoCloseable {

    /** How the next requests are answered. */
    public enum Mode {
        /** Store the file, answer 201 Created. */
        CREATED,
        /** Read the body, answer 403 Forbidden. */
        FORBIDDEN,
        /** Read the body, answer 500. */
        SERVER_ERROR,
        /** Read the body, answer 405 Method Not Allowed. */
        METHOD_NOT_ALLOWED,
        /** Read the body, then hold the answer until {@link #release()} or the hold bound, then store and 201. */
        SLOW,
        /** Read part of the body, then close the connection without an answer. */
        CLOSE_MID_BODY
    }

    /** A completed upload. */
    public record Upload(String method, String path, String fileName, Path file, long size, String contentType) {}

    private final HttpServer server;
    private final ExecutorService handlers;
    private final Path storeDir;
    private final Duration holdBound;
    private final LinkedBlockingQueue<Upload> uploads = new LinkedBlockingQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger incoming = new AtomicInteger();
    private final Object requestsChanged = new Object();
    private volatile Mode mode = Mode.CREATED;
    private volatile CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);

    private UploadReceiver(HttpServer server, ExecutorService handlers, Path storeDir, Duration holdBound) {
        this.server = server;
        this.handlers = handlers;
        this.storeDir = storeDir;
        this.holdBound = holdBound;
    }

    /** Starts on 127.0.0.1 at a free port; SLOW answers are held at most 10 s. */
    public static UploadReceiver start(Path storeDir) throws IOException {
        return start(storeDir, Duration.ofSeconds(10));
    }

    public static UploadReceiver start(Path storeDir, Duration holdBound) throws IOException {
        Files.createDirectories(storeDir);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService handlers =
                Executors.newCachedThreadPool(r -> new Thread(r, "upload-receiver-" + threads.incrementAndGet()));
        UploadReceiver receiver = new UploadReceiver(server, handlers, storeDir, holdBound);
        server.createContext("/", receiver::handle);
        server.setExecutor(handlers);
        server.start();
        return receiver;
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void mode(Mode mode) {
        this.mode = Objects.requireNonNull(mode);
    }

    /** Lets held SLOW answers go. */
    public void release() {
        release.countDown();
    }

    /** Waits until a SLOW request holds its answer. */
    public void awaitHolding(Duration timeout) throws InterruptedException, TimeoutException {
        if (!holding.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("no request held within " + timeout);
        }
    }

    /** Requests handled to their end so far (answered or dropped), whatever their outcome. */
    public int requests() {
        return requests.get();
    }

    /** Waits until at least {@code count} requests were handled to their end. */
    public void awaitRequests(int count, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (requestsChanged) {
            while (requests.get() < count) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new TimeoutException(requests.get() + " requests within " + timeout + ", wanted " + count);
                }
                requestsChanged.wait(left);
            }
        }
    }

    /** The next completed upload, waiting at most {@code timeout}. */
    public Upload awaitUpload(Duration timeout) throws InterruptedException, TimeoutException {
        Upload upload = uploads.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (upload == null) {
            throw new TimeoutException("no upload within " + timeout);
        }
        return upload;
    }

    /** Completed uploads not yet taken by {@link #awaitUpload}. */
    public List<Upload> pendingUploads() {
        return List.copyOf(uploads);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Mode now = mode;
            switch (now) {
                case CLOSE_MID_BODY -> {
                    readSome(exchange.getRequestBody());
                    // An exception out of a handler makes the server drop the connection without an answer.
                    throw new IOException("closing mid-body on purpose");
                }
                case FORBIDDEN -> drainAndAnswer(exchange, 403);
                case SERVER_ERROR -> drainAndAnswer(exchange, 500);
                case METHOD_NOT_ALLOWED -> drainAndAnswer(exchange, 405);
                case CREATED, SLOW -> receive(exchange, now == Mode.SLOW);
            }
        } finally {
            synchronized (requestsChanged) {
                requests.incrementAndGet();
                requestsChanged.notifyAll();
            }
        }
    }

    private void receive(HttpExchange exchange, boolean hold) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (!method.equals("PUT") && !method.equals("POST")) {
            drainAndAnswer(exchange, 405);
            return;
        }
        Path raw = storeDir.resolve(".incoming-" + incoming.incrementAndGet());
        try (InputStream body = exchange.getRequestBody()) {
            Files.copy(body, raw, StandardCopyOption.REPLACE_EXISTING);
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String path = exchange.getRequestURI().getPath();
        Path stored;
        String fileName;
        if (method.equals("POST")) {
            MultipartFile part = MultipartFile.extract(raw, contentType, storeDir);
            fileName = part.fileName();
            stored = part.file();
        } else {
            fileName = FileNames.safe(FileNames.fromContentDisposition(
                    exchange.getRequestHeaders().getFirst("Content-Disposition"), path));
            stored = storeDir.resolve(fileName);
            Files.move(raw, stored, StandardCopyOption.REPLACE_EXISTING);
        }
        if (hold) {
            holding.countDown();
            try {
                if (!release.await(holdBound.toMillis(), TimeUnit.MILLISECONDS)) {
                    release.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while holding the answer", e);
            }
        }
        exchange.sendResponseHeaders(201, -1);
        uploads.add(new Upload(method, path, fileName, stored, Files.size(stored), contentType));
    }

    private static void drainAndAnswer(HttpExchange exchange, int code) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
        exchange.sendResponseHeaders(code, -1);
    }

    private static void readSome(InputStream body) throws IOException {
        byte[] buf = new byte[1024];
        int total = 0;
        int n;
        while (total < 4096 && (n = body.read(buf)) >= 0) {
            total += n;
        }
    }
}
