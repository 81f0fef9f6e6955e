package org.ocppbridge.bridge.queue;

import java.time.Instant;
import java.util.Objects;

/**
 * One outgoing notification waiting for its CALLRESULT.
 *
 * @param sequence position in the queue; strictly increasing over the queue's whole life, also across restarts
 * @param action the OCPP action, e.g. {@code FirmwareStatusNotification}
 * @param payloadJson the CALL payload as JSON text, stored byte for byte
 * @param enqueued when it was appended (from the queue's clock)
 * @param retention whether it may be dropped when the queue is full
 */
public record QueueEntry(long sequence, String action, String payloadJson, Instant enqueued, Retention retention) {

    public QueueEntry {
        if (sequence <= 0) {
            throw new IllegalArgumentException("sequence must be positive, got " + sequence);
        }
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(enqueued, "enqueued");
        Objects.requireNonNull(retention, "retention");
        if (action.isEmpty()) {
            throw new IllegalArgumentException("action must not be empty");
        }
    }
}
