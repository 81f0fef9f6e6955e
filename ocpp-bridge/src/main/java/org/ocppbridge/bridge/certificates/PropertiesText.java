package org.ocppbridge.bridge.certificates;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of a {@code .properties} file that {@link java.util.Properties#load(java.io.InputStream)} reads back to
 * the same keys and values, without the date comment {@link java.util.Properties#store} writes. That comment
 * formats the current time with the zone's display names, whose first use loads the JDK's time-zone name data:
 * 27–81 ms in a fresh JVM, spent on the way from an UpdateFirmware to its first byte (issue 18), and a date nobody
 * reads in a state file. Keys are written in order, so equal contents give equal files.
 *
 * <p>The escapes are the ones {@code store} uses: a backslash before {@code \ = : # !}, before a key's spaces and
 * a value's leading space; {@code \t \n \r \f}; {@code \}{@code uXXXX} for every other character outside printable
 * ASCII. The result is therefore ASCII.
 */
public final class PropertiesText {

    private PropertiesText() {}

    /** One comment line (ASCII, no line break), then every entry as {@code key=value}. */
    public static byte[] of(String comment, Map<String, String> entries) {
        for (int i = 0; i < comment.length(); i++) {
            char c = comment.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("the comment must be one line of printable ASCII");
            }
        }
        StringBuilder text = new StringBuilder(64 + 48 * entries.size());
        text.append('#').append(comment).append('\n');
        for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
            escape(entry.getKey(), true, text);
            text.append('=');
            escape(entry.getValue(), false, text);
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void escape(String s, boolean key, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '\\', '=', ':', '#', '!' -> out.append('\\').append(c);
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u");
                        String hex = Integer.toHexString(c);
                        out.append("0".repeat(4 - hex.length())).append(hex.toUpperCase(java.util.Locale.ROOT));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
