package org.ocppbridge.simulator.console;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.HashMap;
import java.util.Map;
import org.ocppbridge.simulator.Frame;

/**
 * Reads the frames of one connection in order into {@link FrameView}s, remembering each CALL's action and
 * requestId so that its answer can name them. Never throws on any text: what it cannot read is "not OCPP-J".
 */
final class FrameReader {

    private static final int CALL = 2;
    private static final int CALLRESULT = 3;
    private static final int CALLERROR = 4;

    private record Asked(String action, Integer requestId) {}

    private final String station;
    private final int connection;
    /** CALLs by the direction they travelled and their id; an answer travels the other way. */
    private final Map<String, Asked> calls = new HashMap<>();

    private int index;

    FrameReader(String station, int connection) {
        this.station = station;
        this.connection = connection;
    }

    /** How many frames were read so far: the index of the next one. */
    int position() {
        return index;
    }

    FrameView read(Frame frame) {
        int at = index++;
        JsonArray array = array(frame.text());
        if (array == null || array.isEmpty() || !isInt(array.get(0))) {
            return notOcppJ(frame, at);
        }
        int type = array.get(0).getAsInt();
        String messageId = array.size() > 1 && array.get(1).isJsonPrimitive()
                ? array.get(1).getAsString()
                : "";
        String key = (frame.direction() == Frame.Direction.FROM_STATION ? "s:" : "c:") + messageId;
        String answerKey = (frame.direction() == Frame.Direction.FROM_STATION ? "c:" : "s:") + messageId;
        if (type == CALL && array.size() == 4 && array.get(2).isJsonPrimitive()) {
            String action = array.get(2).getAsString();
            JsonObject payload = array.get(3).isJsonObject() ? array.get(3).getAsJsonObject() : new JsonObject();
            Integer requestId = integer(payload, "requestId");
            calls.put(key, new Asked(action, requestId));
            return new FrameView(
                    station, connection, at, frame, "CALL", messageId, action, text(payload, "status"), requestId);
        }
        if (type == CALLRESULT && array.size() >= 3) {
            Asked asked = calls.remove(answerKey);
            JsonObject payload = array.get(2).isJsonObject() ? array.get(2).getAsJsonObject() : new JsonObject();
            Integer requestId = integer(payload, "requestId");
            return new FrameView(
                    station,
                    connection,
                    at,
                    frame,
                    "CALLRESULT",
                    messageId,
                    asked == null ? "" : asked.action(),
                    text(payload, "status"),
                    requestId != null || asked == null ? requestId : asked.requestId());
        }
        if (type == CALLERROR && array.size() >= 3) {
            Asked asked = calls.remove(answerKey);
            String code = array.get(2).isJsonPrimitive() ? array.get(2).getAsString() : "";
            return new FrameView(
                    station,
                    connection,
                    at,
                    frame,
                    "CALLERROR",
                    messageId,
                    asked == null ? "" : asked.action(),
                    code,
                    asked == null ? null : asked.requestId());
        }
        return notOcppJ(frame, at);
    }

    private FrameView notOcppJ(Frame frame, int at) {
        return new FrameView(station, connection, at, frame, FrameView.NOT_OCPP_J, "", "", "", null);
    }

    private static JsonArray array(String text) {
        try {
            JsonElement root = JsonParser.parseString(text);
            return root.isJsonArray() ? root.getAsJsonArray() : null;
        } catch (JsonParseException | IllegalStateException e) {
            return null;
        }
    }

    private static boolean isInt(JsonElement element) {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            return false;
        }
        double value = element.getAsDouble();
        return value == Math.rint(value) && Math.abs(value) < 100;
    }

    private static Integer integer(JsonObject payload, String name) {
        JsonElement element = payload.get(name);
        if (element instanceof JsonPrimitive primitive && primitive.isNumber()) {
            double value = primitive.getAsDouble();
            if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
                return (int) value;
            }
        }
        return null;
    }

    private static String text(JsonObject payload, String name) {
        JsonElement element = payload.get(name);
        return element instanceof JsonPrimitive primitive && primitive.isString() ? primitive.getAsString() : "";
    }
}
