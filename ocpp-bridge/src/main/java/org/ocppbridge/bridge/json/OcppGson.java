package org.ocppbridge.bridge.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
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
                .registerTypeAdapter(int.class, new Int32Adapter())
                .registerTypeAdapter(Integer.class, new Int32Adapter().nullSafe())
                .disableHtmlEscaping()
                .create();
    }

    /**
     * OCPP integers are 32-bit signed. Gson's own adapter wraps a larger number read from a tree (4294967297
     * becomes 1); this one refuses it. The schemas refuse such numbers first; this keeps the binding exact even
     * where no schema was checked.
     */
    static final class Int32Adapter extends TypeAdapter<Integer> {
        @Override
        public void write(JsonWriter out, Integer value) throws IOException {
            out.value(value);
        }

        @Override
        public Integer read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.NUMBER) {
                throw new JsonSyntaxException("an integer field holds no number");
            }
            String text = in.nextString();
            try {
                // BigDecimal: 1.0 and 1e2 are integers (draft-07); intValueExact refuses fractions and overflow.
                return new BigDecimal(text).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new JsonSyntaxException("not a 32-bit signed integer");
            }
        }
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
