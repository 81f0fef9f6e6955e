package org.ocppbridge.simulator.console;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Objects;
import org.ocppbridge.simulator.Frame;

/**
 * One recorded frame as the console shows it: the frame itself plus what can be read from it. A CALLRESULT or
 * CALLERROR carries the action and requestId of the CALL it answers, so filtering by requestId keeps the answers.
 *
 * @param station the station id
 * @param connection the connection's index in the simulator (0 = the first ever)
 * @param index the frame's index on its connection
 * @param frame the frame as recorded
 * @param type CALL, CALLRESULT, CALLERROR, or "not OCPP-J" for text that is none of them
 * @param messageId the message id; empty when unreadable
 * @param action the action of the CALL (or of the CALL answered); empty when unknown
 * @param status the payload's {@code status}; for a CALLERROR its error code; empty when none
 * @param requestId the payload's {@code requestId} (or the answered CALL's); null when none
 */
public record FrameView(
        String station,
        int connection,
        int index,
        Frame frame,
        String type,
        String messageId,
        String action,
        String status,
        Integer requestId) {

    public static final String NOT_OCPP_J = "not OCPP-J";

    public FrameView {
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
    }

    public Instant at() {
        return frame.at();
    }

    public boolean fromStation() {
        return frame.direction() == Frame.Direction.FROM_STATION;
    }

    /** One line, e.g. {@code FirmwareStatusNotification Installed (requestId 1)}. */
    public String summary() {
        StringBuilder text = new StringBuilder(action.isEmpty() ? type : action);
        if (!type.equals("CALL") && !action.isEmpty()) {
            text.append(' ').append(type);
        }
        if (!status.isEmpty()) {
            text.append(' ').append(status);
        }
        if (requestId != null) {
            text.append(" (requestId ").append(requestId).append(')');
        }
        return text.toString();
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("station", station);
        json.addProperty("connection", connection);
        json.addProperty("index", index);
        json.addProperty("at", frame.at().toString());
        json.addProperty("direction", fromStation() ? "station-to-csms" : "csms-to-station");
        json.addProperty("type", type);
        json.addProperty("messageId", messageId);
        json.addProperty("action", action);
        json.addProperty("status", status);
        if (requestId != null) {
            json.addProperty("requestId", requestId);
        }
        json.addProperty("summary", summary());
        json.addProperty("text", frame.text());
        return json;
    }
}
