package org.ocppbridge.bridge.queue;

/**
 * What the queue may do with an entry when it is full. The queue does not read OCPP: the caller decides, e.g.
 * an intermediate FirmwareStatusNotification ({@code Downloading}) is {@link #DROPPABLE}, a final one
 * ({@code Installed}, {@code DownloadFailed}) and every SecurityEventNotification is {@link #KEEP}.
 */
public enum Retention {
    /** Kept until acknowledged, even when the queue is over its capacity. */
    KEEP,
    /** May be removed, oldest first, to make room when the queue is full. */
    DROPPABLE
}
