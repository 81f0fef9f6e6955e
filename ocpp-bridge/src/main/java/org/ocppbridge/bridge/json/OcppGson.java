package org.ocppbridge.bridge.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The one Gson configuration for OCPP payloads: records bound through their canonical constructors (so their
 * checks run for incoming data too), RFC 3339 date-times, nulls omitted (Part 4 §4.1.5: an empty optional field
 * is left out, never null).
 */
public final class OcppGson {

    private OcppGson() {}

    public static Gson create() {
        return new GsonBuilder()
                .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
                .disableHtmlEscaping()
                .create();
    }

    /** RFC 3339: written in UTC with milliseconds, read with any offset. */
    static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(DateTimeFormatter.ISO_INSTANT.format(value.truncatedTo(ChronoUnit.MILLIS)));
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.STRING) {
                throw new IOException("date-time is not a string");
            }
            String text = in.nextString();
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
            } catch (DateTimeParseException e) {
                throw new IOException("not an RFC 3339 date-time", e);
            }
        }
    }
}
