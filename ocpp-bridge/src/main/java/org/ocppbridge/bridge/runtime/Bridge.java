package org.ocppbridge.bridge.runtime;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.config.ConfigDefaults;
import org.ocppbridge.bridge.station.StationObserver;
import org.ocppbridge.bridge.system.StationRestarter;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.schemas.JsonSchemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge process: boots a {@link BridgeRuntime}, and restarts it when the system asks (a reset, the reboot
 * after a firmware install) — by the configured reset command, or in-process: close, wait about a second, boot
 * again with the recorded reason. Restarts run on the "ocpp-supervisor" thread, which this class owns.
 *
 * <p>A reset command is expected to end this process (and the service manager or the machine to start it again),
 * so after it returns the bridge sends nothing and waits up to {@code reset-command-wait} to be stopped; only a
 * process still alive then restarts in-process. Otherwise a command that returns before the stop (as {@code
 * systemctl restart} does) would start a second life: a second BootNotification, and a running marker that makes
 * the real next start look like a Watchdog boot.
 */
public final class Bridge implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Bridge.class);

    private final BridgeConfig config;
    private final Clock clock;
    private final StationObserver observer;
    private final JsonSchemas schemas;
    private final BootReasonStore bootReasons;
    private final ScheduledExecutorService supervisor = NamedThreads.singleThreadScheduler("ocpp-supervisor");

    private volatile BridgeRuntime runtime;
    private volatile boolean closed;

    public Bridge(BridgeConfig config, Clock clock, StationObserver observer) {
        this(config, clock, observer, new JsonSchemas());
    }

    /** With the schemas to validate against (the command line hands in the ones {@link StartupWarmup} loads). */
    public Bridge(BridgeConfig config, Clock clock, StationObserver observer, JsonSchemas schemas) {
        this.schemas = schemas;
        this.config = config;
        this.clock = clock;
        this.observer = observer;
        this.bootReasons = new BootReasonStore(config.dataDir());
    }

    /** Boots the first life. */
    public synchronized void start() throws IOException {
        // Before anything writes there: 0700 when new, a warning when others may look in (issue 15, point 8).
        DataDirectory.prepare(config.dataDir()).forEach(warning -> log.warn("Permissions: {}", warning));
        BootReasonStore.Boot boot = bootReasons.boot();
        runtime = BridgeRuntime.start(config, schemas, clock, restarter(), boot, observer);
    }

    /** The current life, for tests and tools; null between a restart's close and the next boot. */
    public BridgeRuntime runtime() {
        return runtime;
    }

    private StationRestarter restarter() {
        return reason -> supervisor.execute(() -> restart(reason));
    }

    private synchronized void restart(BootReason reason) {
        if (closed || runtime == null) {
            return;
        }
        try {
            bootReasons.recordNext(reason);
        } catch (IOException e) {
            log.error("Cannot record the boot reason {}; the next boot will report another", reason, e);
        }
        // What was queued just before the restart (InstallRebooting, a last status) gets a bounded chance to be
        // acknowledged, so the CSMS hears it before the connection closes rather than again after the reboot.
        runtime.station()
                .whenQueueDrained(ConfigDefaults.QUEUE_FLUSH_LIMIT, () -> supervisor.execute(this::closeAndBootAgain));
    }

    private synchronized void closeAndBootAgain() {
        if (closed) {
            return;
        }
        runtime.close(ConfigDefaults.RESTART_CLOSE_LIMIT);
        // Between lives there is none to close: a SIGTERM now (e.g. from the reset command) must stop cleanly.
        runtime = null;
        if (config.resetCommand().isPresent()) {
            runResetCommand(config.resetCommand().get());
            // The command should end this process: no second life unless it did not (see the class comment).
            Duration wait = config.resetCommandWait();
            log.info("Waiting up to {} s for the reset command to stop the bridge", wait.toSeconds());
            supervisor.schedule(this::notStoppedByResetCommand, wait.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        supervisor.schedule(this::bootAgain, ConfigDefaults.REBOOT_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void notStoppedByResetCommand() {
        log.warn(
                "The bridge is still running {} s after the reset command; restarting in-process",
                config.resetCommandWait().toSeconds());
        bootAgain();
    }

    private synchronized void bootAgain() {
        if (closed) {
            return;
        }
        try {
            start();
        } catch (IOException | RuntimeException e) {
            log.error("Could not start again after a restart; trying once more in {} s", 10, e);
            supervisor.schedule(this::bootAgain, 10, TimeUnit.SECONDS);
        }
    }

    /**
     * Runs the reset command (e.g. {@code systemctl restart ocpp-bridge} or {@code reboot}), which is expected to
     * end this process. If the process is still alive after the grace period, the bridge restarts in-process so
     * the station is never left offline.
     */
    private void runResetCommand(String command) {
        log.info("Running the reset command");
        try {
            Process process =
                    new ProcessBuilder(Settings.argv(command)).inheritIO().start();
            if (!process.waitFor(ConfigDefaults.RESET_COMMAND_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                log.warn(
                        "The reset command is still running after {} s",
                        ConfigDefaults.RESET_COMMAND_GRACE.toSeconds());
            } else if (process.exitValue() != 0) {
                log.warn("The reset command exited with {}", process.exitValue());
            }
        } catch (IOException e) {
            log.error("The reset command could not be started", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the WebSocket with 1000 and stops, within about {@code limit}; a clean stop is recorded. */
    public void close(Duration limit) {
        closed = true;
        BridgeRuntime current = runtime;
        if (current != null) {
            current.close(limit);
        }
        supervisor.shutdownNow();
        try {
            bootReasons.cleanStop();
        } catch (IOException e) {
            log.warn("Could not record the clean stop; the next boot will report Watchdog", e);
        }
    }

    @Override
    public void close() {
        close(ConfigDefaults.SHUTDOWN_LIMIT);
    }
}
