package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificates the CSMS installed (M05) and the station certificate it signed (A02/A03), kept in one
 * directory ({@code <data-dir>/certificates}, 0700): one PEM file per entry ({@code <id>.pem}, 0600) and an index
 * ({@code index}, 0600) with one line per entry: {@code <id> <type> <state> <installedAt>}, state being
 * {@code installed} (a root), {@code active} or {@code pending} (the station certificate).
 *
 * <p>Every change writes the PEM file first and the index last, each atomically (temp, force, rename), and removes
 * a PEM file only after the index no longer names it: a crash leaves at worst a PEM file no entry names, which the
 * next {@link #open} deletes. An index line that does not parse, or whose PEM file is missing or damaged, is
 * skipped with a warning and dropped at the next write; opening never fails because of the content.
 *
 * <p>Thread-safe: handlers read it on the core thread while a worker may write.
 */
public final class CertificateStore {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateStore.class);
    private static final String INDEX = "index";
    private static final String HEADER = "# ocpp-bridge certificate store v1: <id> <type> <state> <installedAt>";
    private static final String INSTALLED = "installed";
    private static final String ACTIVE = "active";
    private static final String PENDING = "pending";

    private final Path directory;
    private final Clock clock;
    private final List<StoredCertificate> entries = new ArrayList<>();
    /** The number of entries after the last commit, readable without the lock a forced write may hold. */
    private volatile int size;

    private CertificateStore(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Opens (or creates) the store in {@code directory}. */
    public static CertificateStore open(Path directory, Clock clock) throws IOException {
        PrivateFiles.createDirectory(directory);
        CertificateStore store = new CertificateStore(directory, clock);
        store.load();
        return store;
    }

    /** The directory, for the README's "where". */
    public Path directory() {
        return directory;
    }

    /**
     * How many entries the store holds (SecurityCtrlr.CertificateEntries), without waiting for a change being
     * written: the core thread reads it.
     */
    public int size() {
        return size;
    }

    /** Every entry, in installation order. */
    public synchronized List<StoredCertificate> all() {
        return List.copyOf(entries);
    }

    /** The installed entries of one type (for the station certificate: active and pending). */
    public synchronized List<StoredCertificate> ofType(StoredCertificateType type) {
        return entries.stream().filter(e -> e.type() == type).toList();
    }

    /** The certificates of one type, the first of each chain: e.g. the CSMS roots to trust. */
    public synchronized List<X509Certificate> certificates(StoredCertificateType type) {
        return ofType(type).stream().map(StoredCertificate::certificate).toList();
    }

    /** The station certificate in use, if one was signed and has connected (or is the only one). */
    public synchronized Optional<StoredCertificate> stationCertificate() {
        return entries.stream()
                .filter(e -> e.type() == StoredCertificateType.ChargingStationCertificate && !e.pending())
                .findFirst();
    }

    /** The station certificate accepted last, waiting to connect once. */
    public synchronized Optional<StoredCertificate> pendingStationCertificate() {
        return entries.stream()
                .filter(e -> e.type() == StoredCertificateType.ChargingStationCertificate && e.pending())
                .findFirst();
    }

    /**
     * Stores a root of {@code type}. Installing the same certificate as the same type again keeps the one entry.
     *
     * @return the entry
     */
    public synchronized StoredCertificate addRoot(StoredCertificateType type, X509Certificate certificate)
            throws IOException {
        if (type == StoredCertificateType.ChargingStationCertificate) {
            throw new IllegalArgumentException("the station certificate is staged, not added as a root");
        }
        String id = idOf(type, certificate);
        Optional<StoredCertificate> existing =
                entries.stream().filter(e -> e.id().equals(id)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        StoredCertificate entry = new StoredCertificate(id, type, false, List.of(certificate), clock.instant());
        writeEntry(entry);
        List<StoredCertificate> next = new ArrayList<>(entries);
        next.add(entry);
        commit(next);
        return entry;
    }

    /** Removes {@code entry}; false when it was not stored (any more). */
    public synchronized boolean remove(StoredCertificate entry) throws IOException {
        List<StoredCertificate> next = new ArrayList<>(entries);
        if (!next.removeIf(e -> e.id().equals(entry.id()))) {
            return false;
        }
        commit(next);
        Files.deleteIfExists(pemFile(entry.id()));
        return true;
    }

    /**
     * Keeps {@code chain} as the pending station certificate, replacing an earlier pending one; the active one
     * stays until {@link #promotePendingStationCertificate()}.
     */
    public synchronized StoredCertificate stagePendingStationCertificate(List<X509Certificate> chain)
            throws IOException {
        StoredCertificateType type = StoredCertificateType.ChargingStationCertificate;
        StoredCertificate entry = new StoredCertificate(idOf(type, chain.get(0)), type, true, chain, clock.instant());
        List<StoredCertificate> next = new ArrayList<>(entries);
        List<StoredCertificate> dropped = removeAll(next, e -> e.type() == type && e.pending());
        if (stationCertificate()
                .filter(active -> active.id().equals(entry.id()))
                .isPresent()) {
            return stationCertificate().get(); // the one in use already; nothing to try
        }
        writeEntry(entry);
        next.add(entry);
        commit(next);
        deleteFiles(dropped, entry.id());
        return entry;
    }

    /** The pending station certificate connected once: it becomes the one in use, the previous one goes. */
    public synchronized void promotePendingStationCertificate() throws IOException {
        Optional<StoredCertificate> pending = pendingStationCertificate();
        if (pending.isEmpty()) {
            return;
        }
        StoredCertificate p = pending.get();
        List<StoredCertificate> next = new ArrayList<>(entries);
        List<StoredCertificate> dropped =
                removeAll(next, e -> e.type() == StoredCertificateType.ChargingStationCertificate);
        next.add(new StoredCertificate(p.id(), p.type(), false, p.chain(), p.installedAt()));
        commit(next);
        deleteFiles(dropped, p.id());
    }

    /** The pending station certificate failed to connect: forget it, keep the one in use. */
    public synchronized void discardPendingStationCertificate() throws IOException {
        Optional<StoredCertificate> pending = pendingStationCertificate();
        if (pending.isPresent()) {
            remove(pending.get());
        }
    }

    private static List<StoredCertificate> removeAll(
            List<StoredCertificate> list, java.util.function.Predicate<StoredCertificate> which) {
        List<StoredCertificate> removed = list.stream().filter(which).toList();
        list.removeAll(removed);
        return removed;
    }

    private void deleteFiles(List<StoredCertificate> dropped, String keep) throws IOException {
        for (StoredCertificate d : dropped) {
            if (!d.id().equals(keep)) {
                Files.deleteIfExists(pemFile(d.id()));
            }
        }
    }

    private void writeEntry(StoredCertificate entry) throws IOException {
        PrivateFiles.write(
                pemFile(entry.id()), PemFiles.writeCertificates(entry.chain()).getBytes(StandardCharsets.US_ASCII));
    }

    private void commit(List<StoredCertificate> next) throws IOException {
        StringBuilder index = new StringBuilder(HEADER).append('\n');
        for (StoredCertificate e : next) {
            index.append(e.id())
                    .append(' ')
                    .append(e.type().name())
                    .append(' ')
                    .append(stateOf(e))
                    .append(' ')
                    .append(e.installedAt())
                    .append('\n');
        }
        PrivateFiles.write(directory.resolve(INDEX), index.toString().getBytes(StandardCharsets.US_ASCII));
        entries.clear();
        entries.addAll(next);
        size = entries.size();
    }

    private static String stateOf(StoredCertificate e) {
        if (e.type() != StoredCertificateType.ChargingStationCertificate) {
            return INSTALLED;
        }
        return e.pending() ? PENDING : ACTIVE;
    }

    private void load() throws IOException {
        Path index = directory.resolve(INDEX);
        if (Files.isRegularFile(index)) {
            int number = 0;
            for (String line : Files.readAllLines(index, StandardCharsets.US_ASCII)) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                readLine(line, number).ifPresent(entries::add);
            }
        }
        removeOrphans();
        size = entries.size();
    }

    private Optional<StoredCertificate> readLine(String line, int number) {
        String[] fields = line.trim().split(" ");
        try {
            if (fields.length != 4 || !fields[0].matches("[A-Za-z]+-[0-9a-f]{64}")) {
                throw new IllegalArgumentException("not '<id> <type> <state> <installedAt>'");
            }
            StoredCertificateType type = StoredCertificateType.valueOf(fields[1]);
            boolean pending =
                    switch (fields[2]) {
                        case PENDING -> true;
                        case ACTIVE, INSTALLED -> false;
                        default -> throw new IllegalArgumentException("unknown state " + fields[2]);
                    };
            Instant installedAt = Instant.parse(fields[3]);
            String pem = Files.readString(pemFile(fields[0]), StandardCharsets.US_ASCII);
            return Optional.of(new StoredCertificate(
                    fields[0],
                    type,
                    pending,
                    PemFiles.parseOnlyCertificates(pem, "a stored certificate"),
                    installedAt));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            LOG.warn(
                    "certificate store {}: index line {} skipped ({}); it is dropped at the next change",
                    directory,
                    number,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** PEM files no index line names: left by a crash between writing the file and the index, or a leftover temp. */
    private void removeOrphans() throws IOException {
        Set<String> named = entries.stream().map(e -> e.id() + ".pem").collect(Collectors.toSet());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean orphanPem = name.endsWith(".pem")
                        && name.contains("-")
                        && !named.contains(name)
                        && !name.equals(StationKeys.FILE_NAME);
                if (orphanPem || name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private Path pemFile(String id) {
        return directory.resolve(id + ".pem");
    }

    /** {@code <type>-<SHA-256 of the DER, hex>}: the same certificate as the same type is one entry. */
    static String idOf(StoredCertificateType type, X509Certificate certificate) {
        try {
            byte[] fingerprint = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return type.name() + "-" + HexFormat.of().formatHex(fingerprint);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a parsed certificate", e);
        }
    }
}
