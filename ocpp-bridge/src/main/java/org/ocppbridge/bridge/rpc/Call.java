package org.ocppbridge.bridge.rpc;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Objects;

/** {@code [2, messageId, action, payload]}. */
public record Call(String messageId, String action, JsonObject payload) implements Frame {

    public Call {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public JsonArray toJson() {
        JsonArray array = new JsonArray();
        array.add(FrameCodec.CALL);
        array.add(messageId);
        array.add(action);
        array.add(payload);
        return array;
    }
}
