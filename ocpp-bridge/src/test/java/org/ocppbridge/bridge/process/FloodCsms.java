package org.ocppbridge.bridge.process;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;

/**
 * A CSMS that floods (issue 15, point 1). The simulator records and checks every frame, which a flood of 300,000
 * would turn into the bottleneck; this one only answers the station's CALLs, counts the station's answers and
 * completes the ones a test waits for. On 127.0.0.1, port 0.
 */
final class FloodCsms extends WebSocketServer implements AutoCloseable {

    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<String, CompletableFuture<JsonArray>> awaited = new ConcurrentHashMap<>();
    private final AtomicLong answers = new AtomicLong();
    final BlockingQueue<WebSocket> connections = new LinkedBlockingQueue<>();
    final BlockingQueue<String> stationCalls = new LinkedBlockingQueue<>();
    final BlockingQueue<Integer> closeCodes = new LinkedBlockingQueue<>();
    /** The codes of the Close frames the station sent, as read off the wire (before this side's Close is flushed). */
    final BlockingQueue<Integer> stationCloseFrames = new LinkedBlockingQueue<>();

    private final ScheduledExecutorService sweep = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "flood-csms-sweep");
        thread.setDaemon(true);
        return thread;
    });

    FloodCsms() {
        super(
                new InetSocketAddress("127.0.0.1", 0),
                List.of(new Draft_6455(List.of(), List.of(new Protocol("ocpp2.0.1")))));
        setReuseAddr(true);
        setDaemon(true);
    }

    FloodCsms startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the flood CSMS did not start");
        }
        // As in the simulator: a write queued from a test thread can stall in Java-WebSocket's server until the
        // next one; re-arming every 5 ms keeps a flood moving.
        sweep.scheduleWithFixedDelay(
                () -> getConnections().stream()
                        .filter(c -> c.isOpen() && c.hasBufferedData())
                        .forEach(this::onWriteDemand),
                5,
                5,
                TimeUnit.MILLISECONDS);
        return this;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/ocpp";
    }

    /** The station's answers (CALLRESULT or CALLERROR) so far. */
    long answers() {
        return answers.get();
    }

    /** Sends a frame whose answer the test will wait for. */
    CompletableFuture<JsonArray> call(WebSocket conn, String id, String frame) {
        CompletableFuture<JsonArray> answer = new CompletableFuture<>();
        awaited.put(id, answer);
        conn.send(frame);
        return answer;
    }

    /** The next CALL of the station with this action, within {@code timeout}. */
    String expectCall(String action, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String call = stationCalls.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (call == null) {
                throw new AssertionError("no " + action + " from the station within " + timeout);
            }
            if (call.contains("\"" + action + "\"")) {
                return call;
            }
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        connections.add(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonArray frame = JsonParser.parseString(message).getAsJsonArray();
        int type = frame.get(0).getAsInt();
        String id = frame.get(1).getAsString();
        if (type != 2) {
            answers.incrementAndGet();
            CompletableFuture<JsonArray> waiting = awaited.remove(id);
            if (waiting != null) {
                waiting.complete(frame);
            }
            return;
        }
        String action = frame.get(2).getAsString();
        stationCalls.add(message);
        String now = Instant.now().toString();
        String payload =
                switch (action) {
                    case "BootNotification" ->
                        "{\"currentTime\":\"" + now + "\",\"interval\":300,\"status\":\"Accepted\"}";
                    case "Heartbeat" -> "{\"currentTime\":\"" + now + "\"}";
                    default -> "{}";
                };
        conn.send("[3,\"" + id + "\"," + payload + "]");
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {}

    @Override
    public void onClosing(WebSocket conn, int code, String reason, boolean remote) {
        if (remote) {
            stationCloseFrames.add(code);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        closeCodes.add(code);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void close() {
        sweep.shutdownNow();
        try {
            stop(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
