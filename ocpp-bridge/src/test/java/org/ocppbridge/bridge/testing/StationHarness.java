package org.ocppbridge.bridge.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.bridge.certificates.CertificateStore;
import org.ocppbridge.bridge.certificates.InstallCertificateCheck;
import org.ocppbridge.bridge.queue.DurableQueue;
import org.ocppbridge.bridge.queue.QueueListener;
import org.ocppbridge.bridge.rpc.RpcObserver;
import org.ocppbridge.bridge.runtime.StationWiring;
import org.ocppbridge.bridge.station.CertificatePlane;
import org.ocppbridge.bridge.station.Station;
import org.ocppbridge.bridge.station.StationObserver;
import org.ocppbridge.bridge.station.StationSettings;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.bridge.transport.BasicAuthCredentials;
import org.ocppbridge.bridge.transport.CsmsConnection;
import org.ocppbridge.bridge.transport.RetryBackOff;
import org.ocppbridge.bridge.transport.TransportConfig;
import org.ocppbridge.mappings.ocpp.ChargingStationType;
import org.ocppbridge.schemas.JsonSchemas;
import org.ocppbridge.simulator.CsmsSimulator;

/**
 * A {@link Station} with a charger system of the test's choosing (a fake), connected over a real WebSocket to a
 * simulator: for wire tests of the handlers without the local system's downloads and uploads. It is put together
 * by the bridge's own {@link StationWiring}, so the wiring under test is the one the bridge ships.
 */
public final class StationHarness implements AutoCloseable {

    private static final JsonSchemas SCHEMAS = new JsonSchemas();

    public final Station station;
    private final ScheduledExecutorService core;
    private final DurableQueue queue;
    private final CsmsConnection connection;
    private final ExecutorService certificateWorker =
            Executors.newSingleThreadExecutor(r -> new Thread(r, "ocpp-certificates"));

    public StationHarness(CsmsSimulator csms, ChargerSystem system, Path dataDir) throws IOException {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "ocpp-core"));
        executor.setRemoveOnCancelPolicy(true);
        this.core = executor;
        this.queue = DurableQueue.open(dataDir.resolve("queue"), 1000, Clock.systemUTC(), QueueListener.logging());
        StationSettings settings = new StationSettings(
                new ChargingStationType(null, "M", null, "V", "1"),
                system.getBootReason(),
                Duration.ofSeconds(10),
                Duration.ofSeconds(300),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                dataDir.resolve("device-model.properties"),
                dataDir.resolve("firmware-status.last"),
                dataDir.resolve("reset.scheduled"));
        StationWiring.Wired wired = StationWiring.wire(
                new Station.Services(core, Clock.systemUTC(), SCHEMAS, StationObserver.NONE, RpcObserver.NONE),
                system,
                new CertificatePlane(
                        CertificateStore.open(dataDir.resolve("certificates"), Clock.systemUTC()),
                        certificateWorker,
                        new InstallCertificateCheck.Limits(10000, 20),
                        BridgeFixture.STATION_ID,
                        java.util.List.of()),
                BasicAuthCredentials.open(BridgeFixture.STATION_ID, null, dataDir.resolve("basic-auth-password")),
                queue,
                (time, type, info) -> {},
                settings,
                TransportConfig.of(URI.create(csms.url() + "/" + BridgeFixture.STATION_ID)),
                new RetryBackOff.Settings(Duration.ofSeconds(1), Duration.ZERO, 0));
        this.station = wired.station();
        this.connection = wired.connection();
        wired.start(() -> {});
    }

    @Override
    public void close() throws Exception {
        connection.close(1000, "test over").get(5, TimeUnit.SECONDS);
        core.shutdownNow();
        core.awaitTermination(5, TimeUnit.SECONDS);
        certificateWorker.shutdownNow();
        certificateWorker.awaitTermination(5, TimeUnit.SECONDS);
        queue.close();
    }
}
