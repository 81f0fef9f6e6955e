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
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An HTTP server on 127.0.0.1 (port bound to 0) that serves firmware images and CRLs from files, streamed, in
 * one of several {@link Mode}s that tests and the simulator use to provoke download failures. It counts the
 * requests per path, so tests can check how many attempts a client made.
 */
public final class FirmwareFileServer implements AutoCloseable {

    /** How the server answers GET requests for served files. */
    public enum Mode {
        /** 200 with the whole file and its Content-Length. */
        NORMAL,
        /**
         * 200, the first {@link #SLOW_FIRST_CHUNK} bytes, then the rest only after {@link #release()} (or after
         * {@link #SLOW_HOLD_LIMIT_SECONDS} seconds, so no test hangs).
         */
        SLOW,
        /** 500 for the first {@code failures} requests (see {@link #failing(int)}), then as NORMAL. */
        FAILING,
        /** 200 with the true Content-Length, but only half the body; then the connection is closed. */
        TRUNCATED,
        /** 404 for every file. */
        NOT_FOUND
    }

    public static final int SLOW_FIRST_CHUNK = 64 * 1024;
    public static final long SLOW_HOLD_LIMIT_SECONDS = 10;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRequestNanos = new ConcurrentHashMap<>();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.NORMAL);
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final CountDownLatch slowRelease = new CountDownLatch(1);
    private final CountDownLatch slowStarted = new CountDownLatch(1);

    private FirmwareFileServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a server on 127.0.0.1 with an OS-chosen port. */
    public static FirmwareFileServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "firmware-file-server-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        FirmwareFileServer files = new FirmwareFileServer(server, executor);
        server.setExecutor(executor);
        server.createContext("/", files::handle);
        server.start();
        return files;
    }

    /** Serves {@code file} at {@code path} (e.g. {@code "/fw.bin"}) and returns its URL. */
    public URI serve(String path, Path file) {
        Objects.requireNonNull(file, "file");
        files.put(normalize(path), file);
        return uri(path);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + normalize(path));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void mode(Mode newMode) {
        mode.set(Objects.requireNonNull(newMode, "newMode"));
    }

    /** FAILING mode: the next {@code failures} requests get 500, later ones succeed. */
    public void failing(int failures) {
        failuresLeft.set(failures);
        mode.set(Mode.FAILING);
    }

    /** SLOW mode: lets the held response bodies finish. */
    public void release() {
        slowRelease.countDown();
    }

    /** SLOW mode: waits until a response has sent its first chunk and is being held. */
    public boolean awaitSlowStarted(long timeout, TimeUnit unit) throws InterruptedException {
        return slowStarted.await(timeout, unit);
    }

    /**
     * When the last request for {@code path} reached its handler, on this JVM's {@link System#nanoTime()} clock
     * (for a benchmark in the same JVM: the time from a command to the client's GET); empty before any request.
     */
    public java.util.OptionalLong lastRequestNanos(String path) {
        Long nanos = lastRequestNanos.get(path);
        return nanos == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(nanos);
    }

    /** How many requests arrived for {@code path}, whatever the answer. */
    public int requestCount(String path) {
        AtomicInteger count = requests.get(normalize(path));
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            lastRequestNanos.put(path, System.nanoTime());
            Path file = files.get(path);
            Mode current = mode.get();
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
            } else if (file == null || current == Mode.NOT_FOUND) {
                exchange.sendResponseHeaders(404, -1);
            } else if (current == Mode.FAILING && failuresLeft.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(500, -1);
            } else {
                send(exchange, file, current);
            }
        }
    }

    private void send(HttpExchange exchange, Path file, Mode current) throws IOException {
        long size = Files.size(file);
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
        long limit = current == Mode.TRUNCATED ? size / 2 : size;
        byte[] buffer = new byte[16 * 1024];
        long sent = 0;
        boolean held = false;
        try (InputStream in = Files.newInputStream(file)) {
            OutputStream out = exchange.getResponseBody();
            while (sent < limit) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - sent));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                sent += n;
                if (current == Mode.SLOW && !held && sent >= SLOW_FIRST_CHUNK) {
                    held = true;
                    out.flush();
                    slowStarted.countDown();
                    hold();
                }
            }
            out.flush();
        }
        // TRUNCATED: fewer bytes than announced; the JDK server drops the connection when the exchange closes.
    }

    private void hold() throws IOException {
        try {
            slowRelease.await(SLOW_HOLD_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while holding a slow response", e);
        }
    }

    private static String normalize(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    @Override
    public void close() {
        slowRelease.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
