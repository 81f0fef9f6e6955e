package org.ocppbridge.bridge.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A charger's software as a test sees it: connects to the bridge's system socket, records every line the bridge
 * sends, and answers {@code set_system_time} by itself (the bridge sends it after every accepted boot).
 */
public final class FakeCharger implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);

    private final SocketChannel channel;
    private final BlockingQueue<JsonObject> lines = new LinkedBlockingQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread reader;

    private FakeCharger(SocketChannel channel) {
        this.channel = channel;
        this.reader = new Thread(this::readLoop, "fake-charger-read");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Connects to a Unix socket and waits until the bridge has taken the connection on. */
    public static FakeCharger connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        return synced(new FakeCharger(channel));
    }

    /** Connects over TCP and waits until the bridge has taken the connection on. */
    public static FakeCharger connect(SocketAddress address) throws IOException {
        return synced(new FakeCharger(SocketChannel.open(address)));
    }

    /**
     * The bridge reads a connection only after it made it the current one, so any answer proves that. A result
     * for an id nobody waits for is a harmless line the bridge always answers (UnknownId).
     */
    private static FakeCharger synced(FakeCharger charger) {
        charger.send("{\"id\":\"sync\",\"result\":null}");
        JsonObject answer = charger.next();
        assertEquals("UnknownId", answer.getAsJsonObject("error").get("code").getAsString(), answer.toString());
        return charger;
    }

    public void send(String line) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(line + "\n");
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            fail("cannot write to the bridge: " + e);
        }
    }

    public void variable(String name, String payload) {
        send("{\"variable\":\"" + name + "\",\"payload\":" + payload + "}");
    }

    public void firmwareStatus(String status, int requestId) {
        variable(
                "firmware_update_status",
                "{\"firmware_update_status\":\"" + status + "\",\"request_id\":" + requestId + "}");
    }

    public void logStatus(String status, int requestId) {
        variable("log_status", "{\"log_status\":\"" + status + "\",\"request_id\":" + requestId + "}");
    }

    public void reply(JsonObject command, String resultJson) {
        send("{\"id\":\"" + command.get("id").getAsString() + "\",\"result\":" + resultJson + "}");
    }

    /** The next line from the bridge, or a failure after {@link #WAIT}. */
    public JsonObject next() {
        try {
            JsonObject line = lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(line, "no line from the bridge within " + WAIT);
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next line, which must be the command {@code name}; returns the whole line. */
    public JsonObject expectCommand(String name) {
        JsonObject line = next();
        assertEquals(name, line.has("command") ? line.get("command").getAsString() : null, line.toString());
        return line;
    }

    /** The next line, which must be an error; returns its "error" object. */
    public JsonObject expectError(String code) {
        JsonObject line = next();
        assertEquals(
                code,
                line.has("error") ? line.getAsJsonObject("error").get("code").getAsString() : null,
                line.toString());
        return line.getAsJsonObject("error");
    }

    /** Waits until the bridge closed this connection. */
    public void awaitClosed() throws InterruptedException {
        if (!closed.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("the bridge did not close the connection within " + WAIT);
        }
    }

    private void readLoop() {
        // Reads the channel directly: a stream over it would hold a lock that the writing thread may need.
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        ByteBuffer in = ByteBuffer.allocate(8192);
        try {
            while (channel.read(in) >= 0) {
                in.flip();
                while (in.hasRemaining()) {
                    byte b = in.get();
                    if (b == '\n') {
                        received(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
                in.clear();
            }
        } catch (IOException e) {
            // closed by the test or by the bridge
        } finally {
            closed.countDown();
        }
    }

    private void received(String text) {
        JsonObject line = JsonParser.parseString(text).getAsJsonObject();
        JsonElement command = line.get("command");
        if (command != null && command.getAsString().equals("set_system_time")) {
            reply(line, "true");
        } else {
            lines.add(line);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        try {
            reader.join(WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
