package org.ocppbridge.schemas;

/**
 * One way a JSON document broke its schema.
 *
 * @param kind what was broken, the input to the OCPP-J CALLERROR choice
 * @param pointer JSON pointer of the offending place ("#/firmware/location")
 * @param keyword the schema keyword that failed ("required", "type", "enum", "maxLength", ...), or "int32" for
 *     an integer outside OCPP's 32-bit signed range (kind TYPE)
 */
public record SchemaViolation(Kind kind, String pointer, String keyword) {

    /** The classes of violation the RPC layer maps to CALLERROR codes. */
    public enum Kind {
        /** A required property is absent. */
        REQUIRED,
        /** A value has the wrong JSON type, or is an integer outside the 32-bit signed range. */
        TYPE,
        /** A string is not one of the enum's values. */
        ENUM,
        /** A string breaks its format (date-time, uri). */
        FORMAT,
        /** A string or array is too long or short, a number out of range. */
        LENGTH,
        /** A property the schema does not allow. */
        ADDITIONAL_PROPERTY,
        /** Anything else. */
        OTHER
    }
}
