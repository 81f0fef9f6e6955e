package org.ocppbridge.bridge.rpc;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Objects;

/** {@code [3, messageId, payload]}. */
public record CallResult(String messageId, JsonObject payload) implements Frame {

    public CallResult {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public JsonArray toJson() {
        JsonArray array = new JsonArray();
        array.add(FrameCodec.CALL_RESULT);
        array.add(messageId);
        array.add(payload);
        return array;
    }
}
