package org.ocppbridge.schemas;

import java.util.List;

/**
 * The project's JSON Schemas, loaded lazily from the class path ({@code schemas/ocpp/<Name>.json},
 * {@code schemas/system/<Name>.json}) and validated with everit-json-schema.
 *
 * <p>Names: an OCPP message is named by its action and direction ({@code "BootNotificationRequest"}), a system
 * type by {@code "system/FirmwareUpdateRequest"}. Thread-safe.
 */
public final class JsonSchemas {

    /** Whether a schema of that name exists. */
    public boolean has(String schemaName) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Validates a JSON text (an object) against the named schema.
     *
     * @return the violations, empty when valid
     * @throws IllegalArgumentException when no such schema exists or the text is not JSON
     */
    public List<SchemaViolation> validate(String schemaName, String json) {
        throw new UnsupportedOperationException("not written yet");
    }
}
