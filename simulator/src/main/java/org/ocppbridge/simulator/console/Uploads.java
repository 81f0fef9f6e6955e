package org.ocppbridge.simulator.console;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ocppbridge.simulator.demo.TarGzEntries;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * The archives the console's upload receiver got, as the receiver lists them, each with its entries (read once
 * per archive: an archive never changes after it arrived). The page names an upload by its index only.
 */
final class Uploads {

    private final UploadReceiver receiver;
    private final Map<UploadReceiver.Upload, List<String>> entries = new ConcurrentHashMap<>();

    Uploads(UploadReceiver receiver) {
        this.receiver = receiver;
    }

    List<UploadReceiver.Upload> all() {
        return receiver.pendingUploads();
    }

    JsonArray toJson() {
        JsonArray all = new JsonArray();
        List<UploadReceiver.Upload> uploads = all();
        for (int i = 0; i < uploads.size(); i++) {
            UploadReceiver.Upload upload = uploads.get(i);
            JsonObject json = new JsonObject();
            json.addProperty("index", i);
            json.addProperty("fileName", upload.fileName());
            json.addProperty("size", upload.size());
            JsonArray names = new JsonArray();
            entriesOf(upload).forEach(names::add);
            json.add("entries", names);
            all.add(json);
        }
        return all;
    }

    private List<String> entriesOf(UploadReceiver.Upload upload) {
        return entries.computeIfAbsent(upload, key -> {
            try {
                return TarGzEntries.list(upload.file());
            } catch (IOException | RuntimeException e) {
                return List.of("(not a readable .tar.gz: " + e.getClass().getSimpleName() + ")");
            }
        });
    }
}
