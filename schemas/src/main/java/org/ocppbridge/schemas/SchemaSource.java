package org.ocppbridge.schemas;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaClient;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONTokener;

/** Finds schema files on the class path by name and turns them into everit schemas. */
final class SchemaSource {

    private static final String ROOT = "schemas/";
    private static final String SCHEME = "classpath:/";
    private static final String SYSTEM_PREFIX = "system/";
    /** An OCPP message name or "system/" plus a system type name; nothing that could walk out of schemas/. */
    private static final Pattern NAME = Pattern.compile("(system/)?[A-Z][A-Za-z0-9]*");
    /** What a $ref may point at: another schema file of this module. */
    private static final Pattern REF_URL =
            Pattern.compile(Pattern.quote(SCHEME + ROOT) + "(ocpp|system)/[A-Z][A-Za-z0-9]*\\.json");

    private final ClassLoader classLoader;
    private final SchemaClient client = this::openReference;

    SchemaSource(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    boolean exists(String name) {
        return NAME.matcher(name).matches() && classLoader.getResource(resourcePath(name)) != null;
    }

    /**
     * Loads the named schema.
     *
     * @throws IllegalArgumentException when there is no schema of that name
     */
    Schema load(String name) {
        if (!exists(name)) {
            throw new IllegalArgumentException("no schema named " + name);
        }
        String path = resourcePath(name);
        JSONObject json = Int32Bounds.apply(read(path));
        return SchemaLoader.builder()
                .draftV7Support()
                // everit's own date-time check lets 2024-02-30 through; ours checks the calendar too.
                .enableOverrideOfBuiltInFormatValidators()
                .addFormatValidator(new Rfc3339DateTimeFormat())
                .schemaClient(client)
                // Relative $refs ("UploadLogsStatus.json") resolve next to the referring file.
                .resolutionScope(SCHEME + path)
                .schemaJson(json)
                .build()
                .load()
                .build();
    }

    private static String resourcePath(String name) {
        return name.startsWith(SYSTEM_PREFIX) ? ROOT + name + ".json" : ROOT + "ocpp/" + name + ".json";
    }

    private JSONObject read(String path) {
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            if (in == null) {
                throw new FileNotFoundException(path);
            }
            return new JSONObject(new JSONTokener(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + path, e);
        } catch (JSONException e) {
            throw new IllegalStateException("schema " + path + " is not valid JSON", e);
        }
    }

    /** everit's hook for $ref: only this module's files, never the network. */
    private InputStream openReference(String url) {
        if (!REF_URL.matcher(url).matches()) {
            throw new IllegalStateException("schema $ref outside this module's schemas: " + url);
        }
        InputStream in = classLoader.getResourceAsStream(url.substring(SCHEME.length()));
        if (in == null) {
            throw new UncheckedIOException(new FileNotFoundException(url));
        }
        return in;
    }
}
