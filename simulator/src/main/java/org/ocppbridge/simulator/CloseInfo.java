package org.ocppbridge.simulator;

/**
 * How a station's connection ended.
 *
 * @param code the WebSocket close code (1006 when the connection was dropped without a close frame)
 * @param reason the close reason, "" when none
 * @param byStation true when the station (the remote side) started the close
 */
public record CloseInfo(int code, String reason, boolean byStation) {

    public CloseInfo {
        reason = reason == null ? "" : reason;
    }
}
