package org.ocppbridge.bridge.devicemodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The values the CSMS wrote, kept in {@code <data-dir>/device-model.properties} so they outlive restarts (B05: a
 * value Accepted is the value from then on). Each write goes to a temporary file that is forced and renamed over
 * the old one, so a crash leaves the old values or the new ones. Without a file (tests) values live in memory.
 */
final class VariableStore {

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();

    VariableStore(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the device model values in " + file, e);
            }
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        }
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Stores durably before returning. */
    void put(String key, String value) throws IOException {
        Map<String, String> next = new TreeMap<>(values);
        next.put(key, value);
        if (file != null) {
            write(next);
        }
        values.put(key, value);
    }

    private void write(Map<String, String> next) throws IOException {
        Properties properties = new Properties();
        properties.putAll(next);
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            properties.store(out, "Device model values written by the CSMS (SetVariables)");
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
