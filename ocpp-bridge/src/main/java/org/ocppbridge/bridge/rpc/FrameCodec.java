package org.ocppbridge.bridge.rpc;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses and builds OCPP-J frames (Part 4 §4) with Gson. The first layer of validation: frame shape. The
 * CALLERROR it chooses for a broken frame follows the README's table.
 */
public final class FrameCodec {

    /** Part 4 §4.1.4: a message id is at most 36 characters. */
    public static final int MAX_MESSAGE_ID = 36;

    public static final int CALL = 2;
    public static final int CALL_RESULT = 3;
    public static final int CALL_ERROR = 4;

    private FrameCodec() {}

    /** Builds the text of a frame. */
    public static String encode(Frame frame) {
        // An id with a lone surrogate ("\ud824") goes back as the peer wrote it, not as "?" (issue 15, point 5).
        return FrameIds.escapeLoneSurrogates(frame.toJson().toString());
    }

    /** Reads a text frame; never throws. */
    public static Decoded decode(String text) {
        JsonElement root;
        try {
            root = parseStrict(text);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return unparsable(text);
        }
        if (root.isJsonArray() && root.getAsJsonArray().size() == 2) {
            JsonArray pair = root.getAsJsonArray();
            Integer type = messageTypeId(pair.get(0));
            String messageId = readableId(pair.get(1));
            if (type != null && !isKnownType(type) && messageId != null) {
                // P4 §4.4: an unknown message type is answered MessageTypeNotSupported whenever its id is readable,
                // whatever the element count (a future type need not have 3 elements).
                return invalid(messageId, ErrorCode.MessageTypeNotSupported, "MessageTypeId is not 2, 3 or 4");
            }
        }
        if (!root.isJsonArray() || root.getAsJsonArray().size() < 3) {
            return invalid(
                    CallError.UNREADABLE_ID,
                    ErrorCode.RpcFrameworkError,
                    "Frame is not an OCPP-J array of at least 3 elements");
        }
        JsonArray array = root.getAsJsonArray();
        String messageId = readableId(array.get(1));
        Integer type = messageTypeId(array.get(0));
        if (type == null) {
            return invalid(orUnreadable(messageId), ErrorCode.RpcFrameworkError, "MessageTypeId is not an integer");
        }
        if (!isKnownType(type)) {
            return invalid(
                    orUnreadable(messageId), ErrorCode.MessageTypeNotSupported, "MessageTypeId is not 2, 3 or 4");
        }
        if (messageId == null) {
            if (type != CALL) {
                return new Decoded.Ignored("answer with an unreadable message id");
            }
            return invalid(
                    CallError.UNREADABLE_ID,
                    ErrorCode.RpcFrameworkError,
                    "MessageId is not a string of 1 to 36 characters");
        }
        return switch (type) {
            case CALL -> decodeCall(array, messageId);
            case CALL_RESULT -> decodeCallResult(array, messageId);
            default -> decodeCallError(array, messageId);
        };
    }

    private static Decoded decodeCall(JsonArray array, String messageId) {
        if (array.size() != 4) {
            return invalid(messageId, ErrorCode.RpcFrameworkError, "CALL must have exactly 4 elements");
        }
        JsonElement action = array.get(2);
        if (!isString(action) || action.getAsString().isEmpty()) {
            return invalid(messageId, ErrorCode.RpcFrameworkError, "CALL action is not a string");
        }
        JsonElement payload = array.get(3);
        if (!payload.isJsonObject()) {
            return invalid(messageId, ErrorCode.FormatViolation, "CALL payload is not a JSON object");
        }
        return new Decoded.Valid(new Call(messageId, action.getAsString(), payload.getAsJsonObject()));
    }

    private static Decoded decodeCallResult(JsonArray array, String messageId) {
        if (array.size() != 3 || !array.get(2).isJsonObject()) {
            return new Decoded.Ignored("CALLRESULT is not [3, id, {payload}]");
        }
        return new Decoded.Valid(new CallResult(messageId, array.get(2).getAsJsonObject()));
    }

    private static Decoded decodeCallError(JsonArray array, String messageId) {
        // Lenient on the description and details: the answer still settles our CALL.
        if (array.size() < 3 || !isString(array.get(2))) {
            return new Decoded.Ignored("CALLERROR has no error code string");
        }
        ErrorCode code = parseCode(array.get(2).getAsString());
        String description =
                array.size() > 3 && isString(array.get(3)) ? array.get(3).getAsString() : "";
        var details =
                array.size() > 4 && array.get(4).isJsonObject() ? array.get(4).getAsJsonObject() : null;
        return new Decoded.Valid(new CallError(messageId, code, description, details));
    }

    private static ErrorCode parseCode(String code) {
        for (ErrorCode candidate : ErrorCode.values()) {
            if (candidate.name().equals(code)) {
                return candidate;
            }
        }
        return ErrorCode.GenericError;
    }

    private static JsonElement parseStrict(String text) throws IOException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonElement element = JsonParser.parseReader(reader);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new JsonParseException("trailing data");
        }
        return element;
    }

    /**
     * A frame that cannot be parsed whole (not JSON, nested deeper than Gson's limit of 255, a number over
     * about 1,000 digits): answered with its own message id whenever the start of the frame gives one.
     */
    private static Decoded unparsable(String text) {
        var head = FrameIds.readHead(text);
        String description = "Frame is not valid JSON, or not within the bridge's limits of nesting and number length";
        if (head.isEmpty()) {
            return invalid(CallError.UNREADABLE_ID, ErrorCode.RpcFrameworkError, description);
        }
        int type = head.get().messageTypeId();
        String messageId = head.get().messageId();
        if (type == CALL_RESULT || type == CALL_ERROR) {
            return new Decoded.Ignored("an answer that cannot be parsed");
        }
        if (type != CALL) {
            return invalid(messageId, ErrorCode.MessageTypeNotSupported, "MessageTypeId is not 2, 3 or 4");
        }
        return invalid(messageId, ErrorCode.RpcFrameworkError, description);
    }

    private static Integer messageTypeId(JsonElement element) {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        double value = element.getAsDouble();
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            return null;
        }
        return (int) value;
    }

    private static boolean isKnownType(int type) {
        return type == CALL || type == CALL_RESULT || type == CALL_ERROR;
    }

    private static String readableId(JsonElement element) {
        if (!isString(element)) {
            return null;
        }
        String id = element.getAsString();
        return id.isEmpty() || id.length() > MAX_MESSAGE_ID ? null : id;
    }

    private static String orUnreadable(String messageId) {
        return messageId == null ? CallError.UNREADABLE_ID : messageId;
    }

    private static boolean isString(JsonElement element) {
        return element instanceof JsonPrimitive primitive && primitive.isString();
    }

    private static Decoded invalid(String messageId, ErrorCode code, String description) {
        return new Decoded.Invalid(CallError.of(messageId, code, description));
    }
}
