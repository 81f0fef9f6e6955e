package org.ocppbridge.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A frame from the station, read as an OCPP-J message (Part 4 §4). Reading reports every shape rule the frame
 * breaks; a frame whose kind or message id cannot be told is empty.
 *
 * @param type 2 (CALL), 3 (CALLRESULT) or 4 (CALLERROR)
 * @param messageId the message id as sent
 * @param action the action of a CALL, else null
 * @param payload the payload of a CALL or CALLRESULT, the error details of a CALLERROR
 * @param errorCode the error code of a CALLERROR, else null
 * @param errorDescription the error description of a CALLERROR, else null
 */
record StationFrame(
        int type, String messageId, String action, JsonObject payload, String errorCode, String errorDescription) {

    static final int CALL = 2;
    static final int CALLRESULT = 3;
    static final int CALLERROR = 4;

    /** P4 §4.1.4. */
    static final int MAX_MESSAGE_ID_LENGTH = 36;
    /** P4 §4.2.3: errorDescription is string[255]. */
    static final int MAX_ERROR_DESCRIPTION_LENGTH = 255;

    static Optional<StationFrame> read(String text, Consumer<String> violation) {
        JsonElement root;
        try {
            root = parseStrict(text);
        } catch (JsonParseException | IOException e) {
            violation.accept("P4 §4.1.2: the frame is not valid JSON");
            return Optional.empty();
        }
        if (!root.isJsonArray() || root.getAsJsonArray().size() < 3) {
            violation.accept("P4 §4: the frame is not an OCPP-J array of 3 to 5 elements");
            return Optional.empty();
        }
        JsonArray array = root.getAsJsonArray();
        Integer type = intOf(array.get(0));
        if (type == null || type < CALL || type > CALLERROR) {
            violation.accept("P4 §4.1.3: message type id is not 2, 3 or 4");
            return Optional.empty();
        }
        String messageId = stringOf(array.get(1));
        if (messageId == null) {
            violation.accept("P4 §4.1.4: message id is not a string");
            return Optional.empty();
        }
        if (messageId.isEmpty() || messageId.length() > MAX_MESSAGE_ID_LENGTH) {
            violation.accept("P4 §4.1.4: message id is empty or longer than 36 characters");
        }
        return switch (type) {
            case CALL -> readCall(array, messageId, violation);
            case CALLRESULT -> readResult(array, messageId, violation);
            default -> readError(array, messageId, violation);
        };
    }

    private static Optional<StationFrame> readCall(JsonArray array, String messageId, Consumer<String> violation) {
        String action = stringOf(array.get(2));
        if (array.size() != 4 || action == null || !array.get(3).isJsonObject()) {
            violation.accept("P4 §4.2.1: a CALL is [2, id, action, {payload}]");
            return Optional.empty();
        }
        return Optional.of(
                new StationFrame(CALL, messageId, action, array.get(3).getAsJsonObject(), null, null));
    }

    private static Optional<StationFrame> readResult(JsonArray array, String messageId, Consumer<String> violation) {
        if (array.size() != 3 || !array.get(2).isJsonObject()) {
            violation.accept("P4 §4.2.2: a CALLRESULT is [3, id, {payload}]");
            return Optional.empty();
        }
        return Optional.of(
                new StationFrame(CALLRESULT, messageId, null, array.get(2).getAsJsonObject(), null, null));
    }

    private static Optional<StationFrame> readError(JsonArray array, String messageId, Consumer<String> violation) {
        String code = array.size() == 5 ? stringOf(array.get(2)) : null;
        String description = array.size() == 5 ? stringOf(array.get(3)) : null;
        if (code == null || description == null || !array.get(4).isJsonObject()) {
            violation.accept("P4 §4.2.3: a CALLERROR is [4, id, code, description, {details}]");
            return Optional.empty();
        }
        if (!ErrorCodes.OCPP201.contains(code)) {
            violation.accept("P4 §4.3: \"" + ErrorCodes.shorten(code) + "\" is not an OCPP 2.0.1 error code");
        }
        if (description.length() > MAX_ERROR_DESCRIPTION_LENGTH) {
            violation.accept("P4 §4.2.3: errorDescription is longer than 255 characters");
        }
        return Optional.of(
                new StationFrame(CALLERROR, messageId, null, array.get(4).getAsJsonObject(), code, description));
    }

    /** Strict JSON (RFC 8259): Gson's default parsing accepts comments, single quotes and more. */
    static JsonElement parseStrict(String text) throws IOException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonElement root = JsonParser.parseReader(reader);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new JsonParseException("text after the JSON value");
        }
        return root;
    }

    private static Integer intOf(JsonElement element) {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber()) {
            double value = element.getAsDouble();
            if (value == Math.rint(value) && Math.abs(value) < 1000) {
                return (int) value;
            }
        }
        return null;
    }

    private static String stringOf(JsonElement element) {
        if (element instanceof JsonPrimitive primitive && primitive.isString()) {
            return primitive.getAsString();
        }
        return null;
    }
}
