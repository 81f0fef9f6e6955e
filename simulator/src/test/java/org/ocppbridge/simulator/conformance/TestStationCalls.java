package org.ocppbridge.simulator.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The CALLs a test station sends, one outstanding at a time (P4 §4.1.1), matched to their answers by id. */
final class TestStationCalls {

    private final String idPrefix;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    TestStationCalls(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** Sends a CALL through {@code send} and waits, at most 5 s, for its answer. */
    void call(Consumer<String> send, String action, JsonObject payload) {
        String id = idPrefix + ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonArray frame = new JsonArray();
        frame.add(2);
        frame.add(id);
        frame.add(action);
        frame.add(payload);
        send.accept(frame.toString());
        try {
            answer.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            pending.remove(id);
        }
    }

    /** Takes a CALLRESULT or CALLERROR that answers one of these CALLs; false when {@code frame} is a CALL. */
    boolean answered(JsonArray frame) {
        int type = frame.get(0).getAsInt();
        if (type == 2) {
            return false;
        }
        CompletableFuture<JsonObject> answer = pending.remove(frame.get(1).getAsString());
        if (answer != null) {
            answer.complete(type == 3 ? frame.get(2).getAsJsonObject() : new JsonObject());
        }
        return true;
    }
}
