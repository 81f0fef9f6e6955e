package org.ocppbridge.simulator.conformance;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ocppbridge.simulator.Frame;

/** Writes {@code --json FILE}: every case with its result and every frame (time stamp, direction, text). */
public final class JsonReport {

    private JsonReport() {}

    public static void write(Path file, List<CaseResult> results) throws IOException {
        JsonArray cases = new JsonArray();
        for (CaseResult result : results) {
            JsonObject each = new JsonObject();
            each.addProperty("case", result.caseId());
            each.addProperty("result", result.passed() ? "PASS" : "FAIL");
            if (!result.passed()) {
                each.addProperty("reason", result.reason());
            }
            each.addProperty("millis", result.took().toMillis());
            JsonArray frames = new JsonArray();
            for (Frame frame : result.frames()) {
                JsonObject item = new JsonObject();
                item.addProperty("at", frame.at().toString());
                item.addProperty(
                        "direction",
                        frame.direction() == Frame.Direction.FROM_STATION ? "station-to-csms" : "csms-to-station");
                item.addProperty("text", frame.text());
                frames.add(item);
            }
            each.add("frames", frames);
            cases.add(each);
        }
        JsonObject root = new JsonObject();
        root.add("cases", cases);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(file)) {
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root, writer);
        }
    }
}
