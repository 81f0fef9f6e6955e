package org.ocppbridge.schemas;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;
import org.json.JSONObject;

/**
 * The project's JSON Schemas, loaded lazily from the class path ({@code schemas/ocpp/<Name>.json},
 * {@code schemas/system/<Name>.json}) and validated with everit-json-schema.
 *
 * <p>Names: an OCPP message is named by its action and direction ({@code "BootNotificationRequest"}), a system
 * type by {@code "system/FirmwareUpdateRequest"}. Thread-safe: each schema is loaded once, on its first use, and
 * then shared.
 *
 * <p>What counts as valid is draft-07 with three deliberate details: {@code date-time} is checked against RFC
 * 3339 including the calendar (see {@link Rfc3339DateTimeFormat}), a number with a zero fraction ({@code 1.0})
 * is an {@code integer}, as draft-07 defines it, and an {@code integer} is OCPP's, 32-bit signed: a larger one
 * is a {@link SchemaViolation.Kind#TYPE TYPE} violation with keyword {@code int32} (see {@link Int32Bounds}).
 */
public final class JsonSchemas {

    private final SchemaSource source;
    private final ConcurrentMap<String, Schema> loaded = new ConcurrentHashMap<>();
    // Without failEarly() everit walks the whole document, so every violation is reported, not just the first.
    private final Validator validator = Validator.builder().build();

    /** Schemas read from the class path that loaded this class. Cheap: nothing is read before first use. */
    public JsonSchemas() {
        this.source = new SchemaSource(JsonSchemas.class.getClassLoader());
    }

    /** Whether a schema of that name exists. */
    public boolean has(String schemaName) {
        Objects.requireNonNull(schemaName, "schemaName");
        return loaded.containsKey(schemaName) || source.exists(schemaName);
    }

    /** Whether the named schema was already loaded (by a validation, or by a warm-up ahead of one). */
    public boolean isLoaded(String schemaName) {
        return loaded.containsKey(Objects.requireNonNull(schemaName, "schemaName"));
    }

    /**
     * Validates a JSON text against the named schema.
     *
     * <p>The text must be exactly one JSON value in strict JSON syntax (no comments, single quotes, unquoted
     * names, trailing commas or duplicate names). For a schema of an object (every OCPP message, the system
     * objects) it must be an object; the bare-string system enums ({@code "system/ResetType"}, ...) take any
     * JSON value and report a non-string as a {@link SchemaViolation.Kind#TYPE TYPE} violation.
     *
     * <p>One bad value can break more than one keyword: a number where an enum string belongs is reported as
     * both TYPE and ENUM. A missing property is reported at its own pointer ({@code #/firmware/location}),
     * as is a property the schema does not allow (that last segment is the peer's own name: do not echo it).
     *
     * @return every violation, in document order as far as everit keeps it; empty when valid
     * @throws IllegalArgumentException when no such schema exists, the text is not one strict JSON value, or an
     *     object schema is given something other than an object
     */
    public List<SchemaViolation> validate(String schemaName, String json) {
        Objects.requireNonNull(schemaName, "schemaName");
        Objects.requireNonNull(json, "json");
        Schema schema = schema(schemaName);
        Object subject = JsonText.parse(json);
        if (schema instanceof ObjectSchema && !(subject instanceof JSONObject)) {
            throw new IllegalArgumentException("schema " + schemaName + " needs a JSON object");
        }
        try {
            validator.performValidation(schema, subject);
            return List.of();
        } catch (ValidationException e) {
            return ViolationCollector.collect(e, subject);
        }
    }

    private Schema schema(String schemaName) {
        // computeIfAbsent loads each schema at most once, however many threads ask for it at the same time.
        return loaded.computeIfAbsent(schemaName, source::load);
    }
}
