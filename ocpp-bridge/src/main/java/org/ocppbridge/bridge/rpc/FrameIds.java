package org.ocppbridge.bridge.rpc;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Message ids kept exactly as the peer wrote them (issue 15, point 5): read from the start of a frame the whole
 * of which cannot be parsed (nested deeper than Gson's limit, a number too long for it, or broken after the id),
 * and written back with any lone surrogate escaped, because UTF-8 cannot carry one and the socket would put a
 * {@code ?} in its place.
 */
final class FrameIds {

    /** The first two elements of a frame, when they can be read. */
    record Head(int messageTypeId, String messageId) {}

    private FrameIds() {}

    /**
     * Reads {@code [type, "id"} from the start of a frame and nothing more, so what follows can be as deep, long
     * or broken as it likes.
     */
    static Optional<Head> readHead(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            reader.beginArray();
            if (reader.peek() != JsonToken.NUMBER) {
                return Optional.empty();
            }
            int type = new BigDecimal(reader.nextString()).intValueExact();
            if (reader.peek() != JsonToken.STRING) {
                return Optional.empty();
            }
            String id = reader.nextString();
            if (id.isEmpty() || id.length() > FrameCodec.MAX_MESSAGE_ID) {
                return Optional.empty();
            }
            return Optional.of(new Head(type, id));
        } catch (IOException | IllegalStateException | NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * The JSON text with every unpaired surrogate written as its {@code \\uXXXX} escape. Outside strings JSON
     * text is ASCII, so every such char stands inside a string, where the escape means the same char.
     */
    static String escapeLoneSurrogates(String json) {
        int first = firstLoneSurrogate(json, 0);
        if (first < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 12);
        int from = 0;
        for (int at = first; at >= 0; at = firstLoneSurrogate(json, from)) {
            out.append(json, from, at).append("\\u").append(hex4(json.charAt(at)));
            from = at + 1;
        }
        return out.append(json, from, json.length()).toString();
    }

    private static int firstLoneSurrogate(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a pair: one code point, fine in UTF-8
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String hex4(char c) {
        String hex = Integer.toHexString(c);
        return "0".repeat(4 - hex.length()) + hex;
    }
}
