package org.ocppbridge.simulator.console;

import com.google.gson.JsonElement;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ocppbridge.simulator.CsmsSimulator;

/**
 * {@code GET /api/events}: server-sent events, so the page never polls. Each stream reads the recorder through its
 * own {@link StreamCursor} every {@value #TICK_MILLIS} ms and pushes what is new: {@code frame} and
 * {@code violation} events, and {@code stations}, {@code uploads} and {@code conformance} snapshots when they
 * changed. A stream ends when the page goes away or the console closes; at most {@value #MAX_STREAMS} at once.
 */
final class EventStream {

    static final int MAX_STREAMS = 6;
    private static final long TICK_MILLIS = 100;
    private static final long KEEP_ALIVE_MILLIS = 15_000;

    private final CsmsSimulator csms;
    private final Supplier<JsonElement> uploads;
    private final Supplier<JsonElement> conformance;
    private final CountDownLatch closed;
    private final Semaphore streams = new Semaphore(MAX_STREAMS);

    EventStream(
            CsmsSimulator csms,
            Supplier<JsonElement> uploads,
            Supplier<JsonElement> conformance,
            CountDownLatch closed) {
        this.csms = csms;
        this.uploads = uploads;
        this.conformance = conformance;
        this.closed = closed;
    }

    void handle(HttpExchange exchange) throws IOException {
        if (!streams.tryAcquire()) {
            Exchanges.error(exchange, 503, "at most " + MAX_STREAMS + " console pages at once");
            return;
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            stream(exchange.getResponseBody());
        } catch (IOException e) {
            // the page went away: nothing to answer
        } finally {
            streams.release();
            exchange.close();
        }
    }

    private void stream(OutputStream out) throws IOException {
        StreamCursor cursor = new StreamCursor(csms);
        String lastStations = "";
        String lastUploads = "";
        String lastConformance = "";
        long lastWrite = System.nanoTime();
        while (closed.getCount() > 0) {
            StringBuilder batch = new StringBuilder();
            for (StreamCursor.Event event : cursor.advance()) {
                append(batch, event.name(), event.data().toString());
            }
            String stations = cursor.stations().toString();
            if (!stations.equals(lastStations)) {
                append(batch, "stations", stations);
                lastStations = stations;
            }
            String uploadList = uploads.get().toString();
            if (!uploadList.equals(lastUploads)) {
                append(batch, "uploads", uploadList);
                lastUploads = uploadList;
            }
            String run = conformance.get().toString();
            if (!run.equals(lastConformance)) {
                append(batch, "conformance", run);
                lastConformance = run;
            }
            if (batch.length() == 0
                    && System.nanoTime() - lastWrite > TimeUnit.MILLISECONDS.toNanos(KEEP_ALIVE_MILLIS)) {
                batch.append(": keep-alive\n\n");
            }
            if (batch.length() > 0) {
                out.write(batch.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                lastWrite = System.nanoTime();
            }
            try {
                if (closed.await(TICK_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One event; JSON has no raw line breaks, so one data line carries it. */
    private static void append(StringBuilder batch, String name, String json) {
        batch.append("event: ")
                .append(name)
                .append('\n')
                .append("data: ")
                .append(json)
                .append("\n\n");
    }
}
