package org.ocppbridge.bridge.cli;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocppbridge.bridge.config.ConfigException;
import org.ocppbridge.bridge.config.ConfigKey;

/**
 * Reads {@code --config FILE.json}: one JSON object whose keys are the flag names without {@code --}. Strings for
 * text and paths, whole numbers for seconds and counts, true/false for switches. Strict JSON: no comments, no
 * duplicate keys, no unknown keys. Relative paths in it are relative to the working directory, like flags.
 */
final class ConfigFile {

    private static final String FLAG = "--config";
    private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

    private ConfigFile() {}

    static Map<ConfigKey, RawValue> read(Path file) {
        Map<ConfigKey, RawValue> values = new EnumMap<>(ConfigKey.class);
        String name = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = new JsonReader(reader)) {
            json.setStrictness(Strictness.STRICT);
            if (json.peek() != JsonToken.BEGIN_OBJECT) {
                throw new ConfigException(FLAG, name + " must hold one JSON object, like {\"station-id\": \"CS001\"}");
            }
            json.beginObject();
            while (json.hasNext()) {
                String keyName = json.nextName();
                ConfigKey key = ConfigKey.byKey(keyName)
                        .orElseThrow(() -> new ConfigException(
                                FLAG,
                                "unknown key \"" + shorten(keyName) + "\" in " + name + "; remove it (see --help for"
                                        + " the keys: the flag names without --)"));
                if (values.containsKey(key)) {
                    throw new ConfigException(
                            FLAG, "key \"" + key.key() + "\" appears twice in " + name + "; keep one");
                }
                values.put(key, RawValue.fromFile(key, readValue(json, key, name), name));
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new ConfigException(FLAG, name + " has content after its JSON object; remove it");
            }
        } catch (NoSuchFileException e) {
            throw new ConfigException(FLAG, "cannot read " + name + ": no such file; check the path");
        } catch (AccessDeniedException e) {
            throw new ConfigException(FLAG, "cannot read " + name + ": permission denied; check its permissions");
        } catch (CharacterCodingException e) {
            throw new ConfigException(FLAG, name + " is not UTF-8 text; save it as UTF-8");
        } catch (MalformedJsonException | IllegalStateException e) {
            throw new ConfigException(FLAG, name + " is not valid JSON" + position(e) + "; fix the syntax");
        } catch (IOException e) {
            // Premature end of file arrives as EOFException; other read errors keep their type for the user.
            throw new ConfigException(
                    FLAG,
                    "cannot read " + name + " as JSON (" + e.getClass().getSimpleName() + position(e)
                            + "); check the file");
        }
        return values;
    }

    private static String readValue(JsonReader json, ConfigKey key, String name) throws IOException {
        JsonToken token = json.peek();
        String origin = "\"" + key.key() + "\" in " + name;
        switch (key.kind()) {
            case TEXT:
                if (token == JsonToken.STRING) {
                    return json.nextString();
                }
                throw new ConfigException(
                        origin,
                        "must be a JSON string (got " + describe(token) + "); write \"" + key.key() + "\": \""
                                + key.label() + "\"");
            case INTEGER:
                if (token == JsonToken.NUMBER) {
                    String number = json.nextString();
                    if (WHOLE_NUMBER.matcher(number).matches()) {
                        return number;
                    }
                    throw new ConfigException(
                            origin,
                            "must be a whole number (got " + shorten(number) + "); write \"" + key.key() + "\": "
                                    + key.defaultText().orElse("1"));
                }
                throw new ConfigException(
                        origin,
                        "must be a JSON number (got " + describe(token) + "); write \"" + key.key() + "\": "
                                + key.defaultText().orElse("1"));
            case BOOLEAN:
                if (token == JsonToken.BOOLEAN) {
                    return String.valueOf(json.nextBoolean());
                }
                throw new ConfigException(
                        origin,
                        "must be true or false (got " + describe(token) + "); write \"" + key.key() + "\": true");
            default:
                throw new IllegalStateException("no JSON rule for " + key.kind());
        }
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "true/false";
            case NULL:
                return "null; leave the key out to use the default";
            case BEGIN_ARRAY:
                return "an array";
            case BEGIN_OBJECT:
                return "an object";
            default:
                return token.name();
        }
    }

    /** " near line L column C" from the JSON reader's message, never the rest of it (it may quote the file). */
    private static String position(Exception e) {
        Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
        return m.find() ? " near line " + m.group(1) + " column " + m.group(2) : "";
    }

    private static String shorten(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
