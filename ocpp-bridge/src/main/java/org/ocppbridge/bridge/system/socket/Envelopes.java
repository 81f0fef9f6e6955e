package org.ocppbridge.bridge.system.socket;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/**
 * The envelope of every line (see the README, "Integrating your charger software"):
 * <pre>
 * {"id":"b-7","command":"update_firmware","payload":{…}}       a command (bridge ids b-N, system ids free)
 * {"id":"b-7","result":"Accepted"}                              its result
 * {"id":"b-7","error":{"code":"…","message":"…"}}               its failure, or a refused line ("field" added)
 * {"variable":"firmware_update_status","payload":{…}}           a variable, system to bridge, not answered
 * </pre>
 */
final class Envelopes {

    /** Reads with the reader's own strictness (Gson's JsonParser would switch to lenient parsing). */
    private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);

    private Envelopes() {}

    static String command(String id, String command, JsonElement payload) {
        JsonObject line = new JsonObject();
        line.addProperty("id", id);
        line.addProperty("command", command);
        line.add("payload", payload);
        return line.toString();
    }

    static String result(String id, JsonElement result) {
        JsonObject line = new JsonObject();
        line.addProperty("id", id);
        line.add("result", result);
        return line.toString();
    }

    /** An error line; {@code id} is null when the line had none (or it could not be read). */
    static String error(String id, LineError error) {
        JsonObject body = new JsonObject();
        body.addProperty("code", error.code());
        if (error.field() != null) {
            body.addProperty("field", error.field());
        }
        body.addProperty("message", error.getMessage());
        JsonObject line = new JsonObject();
        if (id != null) {
            line.addProperty("id", id);
        }
        line.add("error", body);
        return line.toString();
    }

    /** Exactly one JSON object, strict syntax. */
    static JsonObject parse(String text) throws LineError {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = ELEMENT.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new LineError(LineError.MALFORMED_LINE, null, "one JSON object per line");
            }
            if (!element.isJsonObject()) {
                throw new LineError(LineError.MALFORMED_LINE, null, "a line must be a JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new LineError(LineError.MALFORMED_LINE, null, "not valid JSON");
        }
    }

    /** The line's id as a string, or null when it has none. */
    static String id(JsonObject line) throws LineError {
        JsonElement id = line.get("id");
        if (id == null || id.isJsonNull()) {
            return null;
        }
        if (!id.isJsonPrimitive()
                || !id.getAsJsonPrimitive().isString()
                || id.getAsString().isEmpty()
                || id.getAsString().length() > 64) {
            throw new LineError(LineError.INVALID_ENVELOPE, "#/id", "must be a string of 1 to 64 characters");
        }
        return id.getAsString();
    }

    /** A string member such as {@code command} or {@code variable}. */
    static String name(JsonObject line, String member) throws LineError {
        JsonElement value = line.get(member);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new LineError(LineError.INVALID_ENVELOPE, "#/" + member, "must be a string");
        }
        return value.getAsString();
    }
}
