package org.ocppbridge.simulator.console;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * One form's fields, read as text, with every problem collected (one message per field) before {@link #check}
 * throws them as one {@link FormErrors}: the page marks all wrong fields at once.
 */
final class FormFields {
    private static final Set<String> URL_SCHEMES = Set.of("http", "https", "ftp", "ftps");

    private final JsonObject fields;
    private final IntSupplier nextRequestId;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormFields(JsonObject fields, IntSupplier nextRequestId) {
        this.fields = fields;
        this.nextRequestId = nextRequestId;
    }

    void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    void check() throws FormErrors {
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
    }

    /** The trimmed text, or null when absent or blank; a non-text value is an error. */
    String optional(String name) {
        JsonElement element = fields.get(name);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!(element instanceof JsonPrimitive primitive) || !primitive.isString()) {
            error(name, "must be text");
            return null;
        }
        String text = primitive.getAsString().trim();
        return text.isEmpty() ? null : text;
    }

    String required(String name, int maxLength) {
        String text = optional(name);
        if (text == null) {
            error(name, "required");
        } else if (text.length() > maxLength) {
            error(name, "at most " + maxLength + " characters");
        }
        return text;
    }

    String oneOf(String name, Set<String> allowed, String fallback) {
        String text = optional(name);
        if (text == null) {
            return fallback;
        }
        if (!allowed.contains(text)) {
            error(name, "one of " + allowed.stream().sorted().toList());
            return fallback;
        }
        return text;
    }

    /** A whole number 0 … 2^31-1, or null when left empty. */
    Integer count(String name) {
        String text = optional(name);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                error(name, "0 or more");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            error(name, "a whole number from 0 to " + Integer.MAX_VALUE);
            return null;
        }
    }

    /** The form's requestId, or the next free one when left empty. */
    int requestId() {
        Integer given = count("requestId");
        return given != null ? given : nextRequestId.getAsInt();
    }

    /** An RFC 3339 date-time with an offset (2030-01-02T03:04:05Z), or null when left empty. */
    Instant time(String name) {
        String text = optional(name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            error(name, "an RFC 3339 time with offset, e.g. 2030-01-02T03:04:05Z");
            return null;
        }
    }

    /** An absolute http(s)/ftp(s) URL of at most 512 characters (the schema's limit). */
    String url(String name) {
        String text = required(name, 512);
        if (text == null) {
            return "";
        }
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null
                    || !URL_SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                    || uri.getHost() == null) {
                error(name, "an http, https, ftp or ftps URL with a host");
            }
        } catch (URISyntaxException e) {
            error(name, "not a URL: " + e.getReason());
        }
        return text;
    }
}
