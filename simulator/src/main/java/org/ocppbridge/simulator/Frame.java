package org.ocppbridge.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * One text frame on a station's connection, as it crossed the wire.
 *
 * @param direction who sent it
 * @param at when the simulator received or sent it
 * @param text the frame exactly as sent
 */
public record Frame(Direction direction, Instant at, String text) {

    /** Who sent a frame. */
    public enum Direction {
        /** Sent by the charging station, received by the simulator. */
        FROM_STATION,
        /** Sent by the simulator to the charging station. */
        TO_STATION
    }

    public Frame {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return at + (direction == Direction.FROM_STATION ? " station> " : " csms>    ") + text;
    }
}
