package org.ocppbridge.bridge.rpc;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Objects;

/**
 * {@code [4, messageId, errorCode, errorDescription, errorDetails]}. A value, not an exception. Descriptions are
 * written by this bridge (never the peer's values echoed back) and capped at 255 characters.
 */
public record CallError(String messageId, ErrorCode code, String description, JsonObject details) implements Frame {

    /** Part 4 §4.2.3: the id to use when the CALL's own id cannot be read. */
    public static final String UNREADABLE_ID = "-1";

    static final int MAX_DESCRIPTION = 255;

    public CallError {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(code, "code");
        description = description == null ? "" : cap(description);
        details = details == null ? new JsonObject() : details;
    }

    public static CallError of(String messageId, ErrorCode code, String description) {
        return new CallError(messageId, code, description, new JsonObject());
    }

    private static String cap(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        // Cut on a code point boundary so the frame stays valid UTF-8.
        int end = text.offsetByCodePoints(0, text.codePointCount(0, MAX_DESCRIPTION - 1));
        return text.substring(0, end);
    }

    @Override
    public JsonArray toJson() {
        JsonArray array = new JsonArray();
        array.add(FrameCodec.CALL_ERROR);
        array.add(messageId);
        array.add(code.name());
        array.add(description);
        array.add(details);
        return array;
    }
}
