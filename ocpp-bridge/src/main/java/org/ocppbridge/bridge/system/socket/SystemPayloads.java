package org.ocppbridge.bridge.system.socket;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.util.List;
import org.ocppbridge.bridge.json.OcppGson;
import org.ocppbridge.schemas.JsonSchemas;
import org.ocppbridge.schemas.SchemaViolation;

/**
 * The system types as they travel on the socket: snake_case JSON, as the seed names them. Everything read is
 * first validated against its schema in {@code schemas/system/}, then bound to the record (whose constructor
 * checks again), so a bad value is refused with the JSON pointer of the field that broke.
 */
final class SystemPayloads {

    private final JsonSchemas schemas;
    private final Gson gson = OcppGson.create()
            .newBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .create();

    SystemPayloads(JsonSchemas schemas) {
        this.schemas = schemas;
    }

    /** A record as its snake_case JSON; absent optional fields are left out. */
    JsonElement toJson(Object value) {
        return gson.toJsonTree(value);
    }

    /**
     * Validates {@code value} against {@code system/<schema>} and binds it.
     *
     * @param where the pointer of {@code value} inside the line, e.g. {@code #/payload} or {@code #/result}
     * @throws LineError InvalidPayload naming the first field that broke the schema or the record
     */
    <T> T read(String schema, JsonElement value, String where, Class<T> type) throws LineError {
        if (value == null || value.isJsonNull()) {
            throw new LineError(LineError.INVALID_PAYLOAD, where, "missing; a system/" + schema + " is needed");
        }
        List<SchemaViolation> violations;
        try {
            violations = schemas.validate("system/" + schema, gson.toJson(value));
        } catch (IllegalArgumentException e) {
            throw new LineError(LineError.INVALID_PAYLOAD, where, "must be a JSON object (system/" + schema + ")");
        }
        if (!violations.isEmpty()) {
            SchemaViolation first = violations.get(0);
            String field = where + first.pointer().substring(1);
            throw new LineError(
                    LineError.INVALID_PAYLOAD, field, "breaks system/" + schema + " (" + first.keyword() + ")");
        }
        try {
            return gson.fromJson(value, type);
        } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
            // The record's own checks (e.g. retries counts all attempts, so at least 1) go beyond the schema.
            throw new LineError(LineError.INVALID_PAYLOAD, where, "not a valid " + schema + ": " + e.getMessage());
        }
    }

    /** A JSON boolean, the result of {@code is_reset_allowed} and {@code set_system_time}. */
    static boolean readBoolean(JsonElement value, String where) throws LineError {
        if (value == null
                || !value.isJsonPrimitive()
                || !value.getAsJsonPrimitive().isBoolean()) {
            throw new LineError(LineError.INVALID_PAYLOAD, where, "must be true or false");
        }
        return value.getAsBoolean();
    }

    /** An object payload; a missing payload is an empty object (commands without arguments). */
    static JsonObject object(JsonObject line, String name) throws LineError {
        JsonElement value = line.get(name);
        if (value == null || value.isJsonNull()) {
            return new JsonObject();
        }
        if (!value.isJsonObject()) {
            throw new LineError(LineError.INVALID_ENVELOPE, "#/" + name, "must be a JSON object");
        }
        return value.getAsJsonObject();
    }
}
