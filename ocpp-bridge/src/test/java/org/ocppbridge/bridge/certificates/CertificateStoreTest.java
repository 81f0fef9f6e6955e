package org.ocppbridge.bridge.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateStoreTest {

    private static final Clock CLOCK = Clock.fixed(Pki.NOW, ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private Path dir() {
        return dataDir.resolve("certificates");
    }

    @Test
    void M05_an_installed_root_survives_a_reopen_with_its_type_and_time() throws Exception {
        Pki.Issued csms = Pki.root("CSMS Root");
        Pki.Issued manufacturer = Pki.root("Manufacturer Root");
        CertificateStore store = CertificateStore.open(dir(), CLOCK);
        store.addRoot(StoredCertificateType.CSMSRootCertificate, csms.certificate());
        store.addRoot(StoredCertificateType.ManufacturerRootCertificate, manufacturer.certificate());

        CertificateStore reopened = CertificateStore.open(dir(), CLOCK);

        assertEquals(List.of(csms.certificate()), reopened.certificates(StoredCertificateType.CSMSRootCertificate));
        assertEquals(
                List.of(manufacturer.certificate()),
                reopened.certificates(StoredCertificateType.ManufacturerRootCertificate));
        assertEquals(Pki.NOW, reopened.all().get(0).installedAt());
        assertEquals(store.all(), reopened.all());
    }

    @Test
    void the_directory_is_0700_and_every_file_0600() throws Exception {
        CertificateStore store = CertificateStore.open(dir(), CLOCK);
        store.addRoot(StoredCertificateType.CSMSRootCertificate, Pki.root("R").certificate());
        StationKeys.loadOrCreate(dir());

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir())));
        try (Stream<Path> files = Files.list(dir())) {
            List<Path> all = files.toList();
            assertEquals(3, all.size(), all.toString()); // index, one PEM, the station key
            for (Path file : all) {
                assertEquals(
                        "rw-------",
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                        file.toString());
            }
        }
    }

    @Test
    void the_files_are_PEM_and_a_readable_index() throws Exception {
        X509Certificate root = Pki.root("Readable").certificate();
        CertificateStore store = CertificateStore.open(dir(), CLOCK);
        StoredCertificate entry = store.addRoot(StoredCertificateType.CSMSRootCertificate, root);

        String pem = Files.readString(dir().resolve(entry.id() + ".pem"));
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"), pem);
        assertEquals(List.of(root), PemFiles.parseOnlyCertificates(pem, "test"));
        List<String> index = Files.readAllLines(dir().resolve("index"));
        assertEquals(entry.id() + " CSMSRootCertificate installed " + Pki.NOW, index.get(1));
    }

    @Test
    void the_same_root_installed_twice_as_the_same_type_is_one_entry_and_as_another_type_two() throws Exception {
        X509Certificate root = Pki.root("Twice").certificate();
        CertificateStore store = CertificateStore.open(dir(), CLOCK);
        store.addRoot(StoredCertificateType.CSMSRootCertificate, root);
        store.addRoot(StoredCertificateType.CSMSRootCertificate, root);
        assertEquals(1, store.all().size());
        store.addRoot(StoredCertificateType.ManufacturerRootCertificate, root);
        assertEquals(2, store.all().size());
    }

    @Test
    void CertificateEntries_size_follows_every_change_and_a_reopen() throws Exception {
        CertificateStore store = CertificateStore.open(dir(), CLOCK);
        assertEquals(0, store.size());
        StoredCertificate first = store.addRoot(
                StoredCertificateType.CSMSRootCertificate, Pki.root("One").certificate());
        store.addRoot(
                StoredCertificateType.ManufacturerRootCertificate,
                Pki.root("Two").certificate());
        assertEquals(2, store.size());
        store.remove(first);
        assertEquals(1, store.size());
        assertEquals(1, CertificateStore.open(dir(), CLOCK).size());
    }

    @Test
    void M04_a_removed_root_is_gone_from_the_index_and_the_disk() throws Exception {
        CertificateStore store = CertificateStore.open(dir(), CLOCK);
        StoredCertificate entry = store.addRoot(
                StoredCertificateType.CSMSRootCertificate, Pki.root("Gone").certificate());

        assertTrue(store.remove(entry));
        assertFalse(store.remove(entry));

        assertEquals(List.of(), CertificateStore.open(dir(), CLOCK).all());
        assertFalse(Files.exists(dir().resolve(entry.id() + ".pem")));
    }

    @Test
    void a_crash_between_the_PEM_file_and_the_index_leaves_no_entry_and_the_orphan_is_cleaned() throws Exception {
        CertificateStore store = CertificateStore.open(dir(), CLOCK);
        StoredCertificate kept = store.addRoot(
                StoredCertificateType.CSMSRootCertificate, Pki.root("Kept").certificate());
        X509Certificate orphan = Pki.root("Orphan").certificate();
        String orphanId = CertificateStore.idOf(StoredCertificateType.CSMSRootCertificate, orphan);
        Files.writeString(dir().resolve(orphanId + ".pem"), PemFiles.writeCertificates(List.of(orphan)));
        Files.writeString(dir().resolve("index.tmp"), "half an index");

        CertificateStore reopened = CertificateStore.open(dir(), CLOCK);

        assertEquals(
                List.of(kept.id()),
                reopened.all().stream().map(StoredCertificate::id).toList());
        assertFalse(Files.exists(dir().resolve(orphanId + ".pem")));
        assertFalse(Files.exists(dir().resolve("index.tmp")));
    }

    @Test
    void a_damaged_index_line_or_PEM_file_is_skipped_not_fatal_and_dropped_at_the_next_write() throws Exception {
        CertificateStore store = CertificateStore.open(dir(), CLOCK);
        StoredCertificate good = store.addRoot(
                StoredCertificateType.CSMSRootCertificate, Pki.root("Good").certificate());
        StoredCertificate broken = store.addRoot(
                StoredCertificateType.ManufacturerRootCertificate,
                Pki.root("Broken").certificate());
        Files.writeString(dir().resolve(broken.id() + ".pem"), "-----BEGIN CERTIFICATE-----\nnot base64!\n");
        Files.writeString(
                dir().resolve("index"),
                "garbage line\n",
                StandardCharsets.US_ASCII,
                java.nio.file.StandardOpenOption.APPEND);

        CertificateStore reopened = CertificateStore.open(dir(), CLOCK);
        assertEquals(
                List.of(good.id()),
                reopened.all().stream().map(StoredCertificate::id).toList());

        reopened.addRoot(
                StoredCertificateType.CSMSRootCertificate, Pki.root("Next").certificate());
        List<String> index = Files.readAllLines(dir().resolve("index"));
        assertEquals(3, index.size(), index.toString()); // header and the two good entries
    }

    @Test
    void A02_a_pending_station_certificate_replaces_the_active_one_only_when_promoted() throws Exception {
        Pki.Issued ca = Pki.root("Station CA");
        X509Certificate first = Pki.leaf(ca, Pki.ec().getPublic(), BigInteger.ONE, 0);
        X509Certificate second = Pki.leaf(ca, Pki.ec().getPublic(), BigInteger.TWO, 0);
        CertificateStore store = CertificateStore.open(dir(), CLOCK);

        store.stagePendingStationCertificate(List.of(first, ca.certificate()));
        store.promotePendingStationCertificate();
        store.stagePendingStationCertificate(List.of(second, ca.certificate()));

        CertificateStore reopened = CertificateStore.open(dir(), CLOCK);
        assertEquals(first, reopened.stationCertificate().orElseThrow().certificate());
        assertEquals(
                List.of(second, ca.certificate()),
                reopened.pendingStationCertificate().orElseThrow().chain());

        reopened.promotePendingStationCertificate();
        assertEquals(second, reopened.stationCertificate().orElseThrow().certificate());
        assertTrue(reopened.pendingStationCertificate().isEmpty());
        assertEquals(1, CertificateStore.open(dir(), CLOCK).all().size());
    }

    @Test
    void A02_a_discarded_pending_certificate_leaves_the_active_one() throws Exception {
        Pki.Issued ca = Pki.root("Station CA");
        X509Certificate active = Pki.leaf(ca, Pki.ec().getPublic(), BigInteger.ONE, 0);
        CertificateStore store = CertificateStore.open(dir(), CLOCK);
        store.stagePendingStationCertificate(List.of(active));
        store.promotePendingStationCertificate();
        store.stagePendingStationCertificate(List.of(Pki.leaf(ca, Pki.ec().getPublic(), BigInteger.TEN, 0)));

        store.discardPendingStationCertificate();

        CertificateStore reopened = CertificateStore.open(dir(), CLOCK);
        assertEquals(active, reopened.stationCertificate().orElseThrow().certificate());
        assertTrue(reopened.pendingStationCertificate().isEmpty());
    }

    @Test
    void the_station_certificate_is_never_added_as_a_root() throws Exception {
        CertificateStore store = CertificateStore.open(dir(), CLOCK);
        assertThrows(
                IllegalArgumentException.class,
                () -> store.addRoot(
                        StoredCertificateType.ChargingStationCertificate,
                        Pki.root("X").certificate()));
    }
}
