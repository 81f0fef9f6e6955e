package org.ocppbridge.bridge.rpc;

import java.util.Comparator;
import java.util.List;
import org.ocppbridge.schemas.SchemaViolation;

/**
 * The second layer of validation: which CALLERROR answers a payload that breaks its JSON schema. One function,
 * tested row by row against the README's table.
 */
public final class SchemaErrors {

    private SchemaErrors() {}

    /** The code for one kind of violation (Part 4 §4.3 meanings). */
    public static ErrorCode codeFor(SchemaViolation.Kind kind) {
        return switch (kind) {
            case REQUIRED -> ErrorCode.OccurrenceConstraintViolation;
            case TYPE -> ErrorCode.TypeConstraintViolation;
            case ENUM, FORMAT, LENGTH -> ErrorCode.PropertyConstraintViolation;
            case ADDITIONAL_PROPERTY, OTHER -> ErrorCode.FormatViolation;
        };
    }

    /**
     * The CALLERROR for a payload with these violations: when several, the one about the payload's structure
     * first, then occurrence, type and value, so the answer does not depend on the validator's order.
     */
    public static CallError callErrorFor(String messageId, String action, List<SchemaViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violations");
        }
        SchemaViolation first = violations.stream()
                .min(Comparator.comparingInt((SchemaViolation v) -> rank(codeFor(v.kind())))
                        .thenComparing(SchemaViolation::pointer))
                .orElseThrow();
        // The pointer names our schema's fields, never the peer's values (Part 4 §4.2.3: no raw echo).
        String description = action + "Request breaks its schema: " + first.keyword() + " at " + place(first);
        return CallError.of(messageId, codeFor(first.kind()), description);
    }

    /** The place in our schema's terms: an unknown property's own name is the peer's text, so its parent. */
    private static String place(SchemaViolation violation) {
        String pointer = violation.pointer();
        if (violation.kind() == SchemaViolation.Kind.ADDITIONAL_PROPERTY) {
            int slash = pointer.lastIndexOf('/');
            return slash > 0 ? pointer.substring(0, slash) : pointer;
        }
        return pointer;
    }

    private static int rank(ErrorCode code) {
        return switch (code) {
            case FormatViolation -> 0;
            case OccurrenceConstraintViolation -> 1;
            case TypeConstraintViolation -> 2;
            default -> 3;
        };
    }
}
