package org.ocppbridge.bridge.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ocppbridge.bridge.certificates.CertificateStore;
import org.ocppbridge.bridge.certificates.InstallCertificateCheck;
import org.ocppbridge.bridge.certificates.PemFiles;
import org.ocppbridge.bridge.certificates.StoredCertificateType;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.config.ConfigDefaults;
import org.ocppbridge.bridge.local.LocalChargerSystem;
import org.ocppbridge.bridge.logs.SecurityEventLog;
import org.ocppbridge.bridge.queue.DurableQueue;
import org.ocppbridge.bridge.queue.QueueListener;
import org.ocppbridge.bridge.station.CertificatePlane;
import org.ocppbridge.bridge.station.Station;
import org.ocppbridge.bridge.station.StationObserver;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.bridge.system.StationRestarter;
import org.ocppbridge.bridge.system.socket.SocketChargerSystem;
import org.ocppbridge.bridge.transport.BasicAuthCredentials;
import org.ocppbridge.bridge.transport.CsmsConnection;
import org.ocppbridge.mappings.SecurityEventType;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.schemas.JsonSchemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One life of the station, from boot to shutdown or restart: the core thread, the durable queue, the local
 * system, the station and its connection. It owns all of them and closes them in {@link #close}.
 */
public final class BridgeRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BridgeRuntime.class);

    private final ScheduledExecutorService core;
    private final DurableQueue queue;
    private final SecurityEventLog securityLog;
    private final ChargerSystem system;
    private final Station station;
    private final CsmsConnection connection;
    /** The certificate handlers' slow part (M03–M05): parsing, checks and forced writes off the core thread. */
    private final ExecutorService certificateWorker;

    private final AtomicBoolean closed = new AtomicBoolean();

    private BridgeRuntime(
            ScheduledExecutorService core,
            ExecutorService certificateWorker,
            DurableQueue queue,
            SecurityEventLog securityLog,
            ChargerSystem system,
            Station station,
            CsmsConnection connection) {
        this.core = core;
        this.certificateWorker = certificateWorker;
        this.queue = queue;
        this.securityLog = securityLog;
        this.system = system;
        this.station = station;
        this.connection = connection;
    }

    /** Builds and starts one life of the station. */
    public static BridgeRuntime start(
            BridgeConfig config,
            JsonSchemas schemas,
            Clock clock,
            StationRestarter restarter,
            BootReasonStore.Boot boot,
            StationObserver observer)
            throws IOException {
        BootReason bootReason = boot.reason();
        ScheduledExecutorService core = NamedThreads.singleThreadScheduler("ocpp-core");
        ExecutorService certificateWorker =
                Executors.newSingleThreadExecutor(NamedThreads.factory("ocpp-certificates"));
        DurableQueue queue = null;
        SecurityEventLog securityLog = null;
        ChargerSystem system = null;
        try {
            // Opened first: the firmware updater trusts the ManufacturerRootCertificates kept here (M05).
            CertificateStore store =
                    CertificateStore.open(config.dataDir().resolve(ConfigDefaults.CERTIFICATES_DIR), clock);
            queue = DurableQueue.open(
                    config.dataDir().resolve("queue"), config.queueCapacity(), clock, QueueListener.logging());
            securityLog = SecurityEventLog.open(config.dataDir());
            Runnable resume;
            Runnable warmUp;
            if (config.systemOnSocket()) {
                // The charger's own software is the system; it keeps its own unfinished work.
                system = SocketChargerSystem.open(Settings.systemSocket(config), schemas, core, restarter, bootReason);
                resume = () -> {};
                warmUp = () -> {};
            } else {
                LocalChargerSystem local = new LocalChargerSystem(
                        Settings.firmware(config),
                        () -> store.certificates(StoredCertificateType.ManufacturerRootCertificate),
                        Settings.logs(config),
                        securityLog,
                        clock,
                        core,
                        restarter,
                        bootReason);
                system = local;
                resume = local::resume;
                warmUp = local::warmUp;
            }
            BootReason reason = system.getBootReason();
            log.info("Starting station {} (boot reason {})", config.stationId(), reason);
            SecurityEventLog events = securityLog;
            CertificatePlane certificates = new CertificatePlane(
                    store,
                    certificateWorker,
                    new InstallCertificateCheck.Limits(
                            ConfigDefaults.MAX_CERTIFICATE_CHAIN_SIZE, ConfigDefaults.CERTIFICATE_ENTRIES_MAX),
                    config.stationId(),
                    config.csmsCa().isPresent()
                            ? PemFiles.readCertificates(config.csmsCa().get())
                            : List.of());
            StationWiring.Wired wired = StationWiring.wire(
                    new Station.Services(
                            core,
                            clock,
                            schemas,
                            new AfterBootWarmup(observer, schemas, warmUp),
                            new LoggingRpcObserver(core)),
                    system,
                    certificates,
                    BasicAuthCredentials.open(
                            config.stationId(),
                            config.basicAuthPassword().orElse(null),
                            config.dataDir().resolve(ConfigDefaults.BASIC_AUTH_PASSWORD_FILE)),
                    queue,
                    (time, type, info) -> {
                        try {
                            events.append(time, type, info);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    Settings.station(config, reason),
                    Settings.transport(config),
                    Settings.backOff(config));
            BridgeRuntime runtime = new BridgeRuntime(
                    core, certificateWorker, queue, securityLog, system, wired.station(), wired.connection());
            if (boot.superseded() != null) {
                // Issue 14, point 12: a Scheduled reset was pending, and this restart carried it out (B12.FR.01).
                log.info(
                        "A Scheduled reset was pending at this restart: reported as ScheduledReset, not {}",
                        boot.superseded());
                if (boot.superseded() == BootReason.Watchdog) {
                    // The unclean stop is not lost (as below): the log and the security log keep it.
                    log.warn("The bridge stopped uncleanly (Watchdog) while a Scheduled reset was pending");
                    securityLog.append(
                            clock.instant(),
                            SecurityEventType.ResetOrReboot.name(),
                            "Watchdog superseded by ScheduledReset: stopped uncleanly while a Scheduled reset was"
                                    + " pending");
                }
            }
            if (bootReason == BootReason.Watchdog && reason != BootReason.Watchdog) {
                // The reasons are exclusive (README: boot reason precedence): a kill while the firmware's reboot
                // was pending is that reboot, and the CSMS hears FirmwareUpdate then Installed (TC_L_01). The
                // unclean stop is not lost: it goes to the log and the security log (issue 15, "also seen").
                log.warn(
                        "The bridge stopped uncleanly (Watchdog) while a firmware reboot was pending; reported as {}",
                        reason);
                securityLog.append(
                        clock.instant(),
                        SecurityEventType.ResetOrReboot.name(),
                        "Watchdog superseded by " + reason
                                + ": stopped uncleanly while the firmware reboot was pending");
            }
            wired.start(resume);
            return runtime;
        } catch (IOException | RuntimeException e) {
            core.shutdownNow();
            certificateWorker.shutdownNow();
            if (system != null) {
                system.close();
            }
            if (queue != null) {
                queue.close();
            }
            if (securityLog != null) {
                securityLog.close();
            }
            throw e;
        }
    }

    public Station station() {
        return station;
    }

    /** The system behind the port in this life (the built-in one, or the charger's software on a socket). */
    public ChargerSystem system() {
        return system;
    }

    /**
     * Closes the WebSocket with 1000 and stops everything, within about {@code limit}. What is queued stays on
     * disk for the next life. Only the first call does anything: a SIGTERM that arrives after a reset has closed
     * this life (the reset command ending the process, as the systemd unit's does) must not close it again.
     */
    public void close(Duration limit) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            connection.close(1000, "shutdown").get(remaining(deadline), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            // The transport's own close time-out ends it; nothing more to wait for.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        system.close();
        core.shutdown();
        certificateWorker.shutdown();
        try {
            if (!core.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS)) {
                core.shutdownNow();
            }
        } catch (InterruptedException e) {
            core.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            if (!certificateWorker.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS)) {
                certificateWorker.shutdownNow();
            }
        } catch (InterruptedException e) {
            certificateWorker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            queue.close();
        } catch (IOException e) {
            // Every entry was fsynced when written; a failed close loses nothing.
        }
        securityLog.close();
    }

    @Override
    public void close() {
        close(ConfigDefaults.SHUTDOWN_LIMIT);
    }

    private static long remaining(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }
}
