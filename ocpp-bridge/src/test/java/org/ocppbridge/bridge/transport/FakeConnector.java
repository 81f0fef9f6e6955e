package org.ocppbridge.bridge.transport;

import java.util.ArrayList;
import java.util.List;

/** A connector whose connections the test opens, feeds and ends by hand (callbacks on the test thread). */
final class FakeConnector implements WebSocketConnector {

    final List<FakeSocket> attempts = new ArrayList<>();
    RuntimeException failOnConnect;

    @Override
    public WebSocket connect(WebSocketListener listener) {
        if (failOnConnect != null) {
            throw failOnConnect;
        }
        FakeSocket socket = new FakeSocket(listener);
        attempts.add(socket);
        return socket;
    }

    FakeSocket last() {
        return attempts.get(attempts.size() - 1);
    }

    static final class FakeSocket implements WebSocket {
        final WebSocketListener listener;
        final List<String> sent = new ArrayList<>();
        boolean open;
        boolean finished;
        boolean cancelled;
        Integer closeCode;
        String closeReason;

        FakeSocket(WebSocketListener listener) {
            this.listener = listener;
        }

        void open() {
            open = true;
            listener.onOpen(this);
        }

        void receive(String text) {
            listener.onMessage(this, text);
        }

        void fail(FailureKind kind, int httpStatus) {
            if (finished) {
                throw new IllegalStateException("already finished");
            }
            finished = true;
            open = false;
            listener.onFailure(this, new TransportException(kind, kind + " in test", null, httpStatus), httpStatus);
        }

        /** The peer answers our close frame (or closes by itself). */
        void closedByHandshake(int code, String reason) {
            if (finished) {
                throw new IllegalStateException("already finished");
            }
            finished = true;
            open = false;
            listener.onClosed(this, code, reason);
        }

        @Override
        public boolean send(String text) {
            if (!open || closeCode != null) {
                return false;
            }
            sent.add(text);
            return true;
        }

        @Override
        public boolean close(int code, String reason) {
            if (!open || closeCode != null) {
                return false;
            }
            closeCode = code;
            closeReason = reason;
            return true;
        }

        @Override
        public void cancel() {
            cancelled = true;
            if (!finished) {
                fail(FailureKind.CANCELLED, -1);
            }
        }
    }
}
