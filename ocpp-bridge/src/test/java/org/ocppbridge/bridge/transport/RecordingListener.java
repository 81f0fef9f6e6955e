package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records the callbacks of one connection; counts any that break "nothing after the final callback". */
final class RecordingListener implements WebSocketListener {

    final List<String> events = new CopyOnWriteArrayList<>();
    final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CountDownLatch opened = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    volatile TransportException failure;
    volatile int httpStatus;
    volatile int closeCode;
    private volatile boolean finished;

    @Override
    public void onOpen(WebSocket webSocket) {
        record("open");
        opened.countDown();
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        record("message");
        messages.add(text);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        record("closed " + code);
        closeCode = code;
        finished = true;
        ended.countDown();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable cause, int httpStatus) {
        record("failure " + TransportException.kindOf(cause));
        failure = (TransportException) cause;
        this.httpStatus = httpStatus;
        finished = true;
        ended.countDown();
    }

    private void record(String event) {
        if (finished) {
            events.add("AFTER FINAL: " + event);
        } else {
            events.add(event);
        }
    }

    void awaitOpen() throws InterruptedException {
        if (!opened.await(10, TimeUnit.SECONDS)) {
            fail("not opened; events " + events + (failure == null ? "" : ", failure " + failure));
        }
    }

    void awaitEnd() throws InterruptedException {
        assertTrue(ended.await(15, TimeUnit.SECONDS), "no final callback; events " + events);
    }

    /** Waits for the end and returns the failure (fails the test on a clean close). */
    TransportException awaitFailure() throws InterruptedException {
        awaitEnd();
        if (failure == null) {
            fail("expected a failure; events " + events);
        }
        return failure;
    }
}
