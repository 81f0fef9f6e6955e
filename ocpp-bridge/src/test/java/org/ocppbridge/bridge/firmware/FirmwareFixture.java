package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.bridge.system.Decision;
import org.ocppbridge.bridge.system.StationRestarter;
import org.ocppbridge.bridge.testing.RandomFiles;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.pki.FirmwareSigner;
import org.ocppbridge.simulator.pki.KeyType;
import org.ocppbridge.simulator.pki.Pem;
import org.ocppbridge.simulator.pki.TestPki;

/**
 * What every firmware test needs, all real: a PKI with a root written as the trust anchor, an RSA and an EC
 * signer, a signed image served by a real HTTP server, a data dir, a status recorder and a restart recorder.
 * Closes what it started.
 */
final class FirmwareFixture implements AutoCloseable {

    final Path dir;
    final Path dataDir;
    final TestPki pki;
    final Path trustAnchor;
    final FirmwareSigner rsa;
    final FirmwareSigner ec;
    final Path image;
    final FirmwareFileServer http;
    final URI imageUrl;
    final StatusRecorder statuses = new StatusRecorder();
    final BlockingQueue<BootReason> restarts = new LinkedBlockingQueue<>();
    final StationRestarter restarter = restarts::add;
    final ScheduledExecutorService realTimer =
            Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "test-firmware-timer"));
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final List<LocalFirmwareUpdater> updaters = new ArrayList<>();

    FirmwareFixture(Path dir) throws IOException, GeneralSecurityException {
        this.dir = dir;
        this.dataDir = Files.createDirectories(dir.resolve("data"));
        this.pki = TestPki.create("Maker Firmware Root");
        this.trustAnchor = Pem.write(dir.resolve("trust-anchor.pem"), pki.rootPem());
        this.rsa = pki.issueSigner(KeyType.RSA);
        this.ec = pki.issueSigner(KeyType.EC);
        this.image = randomFile("fw.bin", 300_000);
        this.http = FirmwareFileServer.start();
        this.imageUrl = http.serve("/fw.bin", image);
    }

    Path randomFile(String name, int size) throws IOException {
        return RandomFiles.write(dir.resolve(name), size);
    }

    FirmwareConfig config() {
        return FirmwareConfig.of(dataDir, trustAnchor);
    }

    /** An updater in real time (timers on a real scheduler owned by this fixture). */
    LocalFirmwareUpdater updater(FirmwareConfig config) {
        return updater(config, Clock.systemUTC(), realTimer);
    }

    LocalFirmwareUpdater updater(FirmwareConfig config, Clock clock, ScheduledExecutorService scheduler) {
        LocalFirmwareUpdater updater = new LocalFirmwareUpdater(config, clock, scheduler, restarter, statuses);
        closeables.add(updater);
        updaters.add(updater);
        return updater;
    }

    /**
     * No status came beyond those taken, proved by a barrier rather than a pause: every updater of this fixture has
     * worked off what its threads had queued (see {@link LocalFirmwareUpdater#drained()}).
     */
    void assertNoMoreStatuses() throws Exception {
        for (LocalFirmwareUpdater updater : updaters) {
            updater.drained().get(30, TimeUnit.SECONDS);
        }
        statuses.assertNoneWaiting();
    }

    /** The updater's answer to {@code request}, waiting (bounded) for its check on "ocpp-firmware-check". */
    static UpdateFirmwareResponse decide(LocalFirmwareUpdater updater, FirmwareUpdateRequest request) throws Exception {
        return decision(updater, request).answer();
    }

    /** The whole decision: the answer with its reason code and reason. */
    static Decision<UpdateFirmwareResponse> decision(LocalFirmwareUpdater updater, FirmwareUpdateRequest request)
            throws Exception {
        return updater.updateFirmware(request).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** A request signed by {@code signer}, retrieve and install now. */
    FirmwareUpdateRequest signed(int requestId, URI location, FirmwareSigner signer) throws Exception {
        return request(requestId, location, signer, null, null, null, null);
    }

    FirmwareUpdateRequest request(
            int requestId,
            URI location,
            FirmwareSigner signer,
            Integer retries,
            Integer retryIntervalS,
            Instant retrieve,
            Instant install)
            throws Exception {
        return new FirmwareUpdateRequest(
                retries,
                retryIntervalS,
                requestId,
                location.toString(),
                retrieve,
                install,
                signer == null ? null : signer.certificatePem(),
                signer == null ? null : signer.signBase64(image));
    }

    BootReason nextRestart() throws InterruptedException {
        return restarts.poll(15, TimeUnit.SECONDS);
    }

    /** The firmware images left in the data dir. */
    List<Path> images() throws IOException {
        try (var files = Files.list(dataDir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("firmware-")
                            && p.getFileName().toString().endsWith(".bin"))
                    .toList();
        }
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
        http.close();
        realTimer.shutdownNow();
        realTimer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
