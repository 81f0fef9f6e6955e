package org.ocppbridge.bridge.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ocppbridge.bridge.certificates.PrivateFiles;
import org.ocppbridge.mappings.ocpp.PasswordString;

/**
 * The Basic-auth password of security profiles 1 and 2 and its rotation by the CSMS (A01). {@code
 * --basic-auth-password} is only the first value: once the CSMS sets SecurityCtrlr.BasicAuthPassword, the new one
 * is kept in {@code <data-dir>/basic-auth-password} (0600, written atomically; never logged, queued or archived)
 * and wins over the flag from then on.
 *
 * <p>A new password is <em>pending</em> until a connection with it has been accepted; the previous one is kept
 * beside it. When the CSMS refuses the pending password (401), the bridge falls back to the previous one for the
 * next attempt and forgets the new one. Core thread only, except {@link #current()} which the connector reads.
 */
public final class BasicAuthCredentials {

    private final String stationId;
    private final Path file;
    private volatile String current;
    private String previous; // the fallback while current is pending; null otherwise

    private BasicAuthCredentials(String stationId, Path file, String current, String previous) {
        this.stationId = stationId;
        this.file = file;
        this.current = current;
        this.previous = previous;
    }

    /**
     * The credentials of {@code stationId}: the stored password when the CSMS has set one, else {@code initial}
     * (the flag; null when there is none).
     */
    public static BasicAuthCredentials open(String stationId, String initial, Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String stored = lines.isEmpty() ? null : lines.get(0);
            String fallback = lines.size() > 1 && !lines.get(1).isEmpty() ? lines.get(1) : null;
            if (PasswordString.isValid(stored)) {
                return new BasicAuthCredentials(
                        stationId, file, stored, PasswordString.isValid(fallback) ? fallback : null);
            }
        }
        return new BasicAuthCredentials(stationId, file, initial, null);
    }

    /** The credentials the next upgrade request carries; empty without a password. */
    public Optional<TransportConfig.BasicAuth> current() {
        String password = current;
        return password == null ? Optional.empty() : Optional.of(new TransportConfig.BasicAuth(stationId, password));
    }

    /** Whether a new password waits for its first accepted connection. */
    public synchronized boolean pending() {
        return previous != null;
    }

    /** A01: the CSMS set a new password; kept durably before the CSMS gets its answer. */
    public synchronized void rotate(String password) throws IOException {
        if (!PasswordString.isValid(password)) {
            throw new IllegalArgumentException("not a passwordString"); // never echo it
        }
        String fallback = previous != null ? previous : current;
        store(password, fallback);
        previous = fallback;
        current = password;
    }

    /** A connection was accepted: a pending password is now the only one. */
    public synchronized void accepted() throws IOException {
        if (previous != null) {
            store(current, null);
            previous = null;
        }
    }

    /**
     * The CSMS refused the credentials (401). With a pending password, falls back to the previous one.
     *
     * @return whether it fell back
     */
    public synchronized boolean refused() throws IOException {
        if (previous == null) {
            return false;
        }
        store(previous, null);
        current = previous;
        previous = null;
        return true;
    }

    private void store(String password, String fallback) throws IOException {
        String text = password + "\n" + (fallback == null ? "" : fallback) + "\n";
        PrivateFiles.createDirectory(file.getParent());
        PrivateFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "BasicAuthCredentials[stationId=" + stationId + ", password=***]";
    }
}
