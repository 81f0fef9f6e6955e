package org.ocppbridge.bridge.system.socket;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.bridge.system.Decision;
import org.ocppbridge.bridge.system.HeldListener;
import org.ocppbridge.bridge.system.StationRestarter;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.ResetType;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;
import org.ocppbridge.schemas.JsonSchemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The charger's own software as the system behind the port, connected over a local socket and speaking the
 * seed's system types as JSON lines (the envelope is in {@link Envelopes}).
 *
 * <ul>
 *   <li>One charger connection at a time: a newer connection replaces the older one, whose waiting commands fail
 *       at once. A charger that restarts simply connects again; its later statuses flow as before.</li>
 *   <li>A command returns at once; its reply is awaited at most the configured time, by a task on the injected
 *       scheduler, never by a blocked thread. Without a reply in time (or with an error, an invalid answer, no
 *       charger connected) {@code update_firmware}, {@code upload_logs} and {@code is_reset_allowed} complete
 *       with a refusal whose reasonCode is InternalError (the station answers the CSMS Rejected with that
 *       statusInfo); {@code set_system_time} completes with false, and {@code allow_firmware_installation} is
 *       only logged. {@code get_boot_reason} alone is awaited, once at start, off the core thread; without an
 *       answer it is the boot reason the bridge determined.</li>
 *   <li>Replies and variables arrive on the read thread; a variable goes straight to the listener.</li>
 *   <li>{@code reset} is passed to the system; once it answered (or the time-out passed) the bridge restarts
 *       itself through the {@link StationRestarter}, so the CSMS sees the reboot's BootNotification whatever the
 *       system does.</li>
 * </ul>
 */
public final class SocketChargerSystem implements ChargerSystem {

    private static final Logger log = LoggerFactory.getLogger(SocketChargerSystem.class);

    private final SystemSocketSettings settings;
    private final SystemPayloads payloads;
    private final StationRestarter restarter;
    private final BootReason bootReason;
    private final PendingCommands pending;
    private final HeldListener listener = new HeldListener();
    private final IncomingLines incoming;
    private final AtomicReference<SystemConnection> current = new AtomicReference<>();
    private final SystemSocketServer server;
    private volatile boolean closed;

    private SocketChargerSystem(
            SystemSocketSettings settings,
            JsonSchemas schemas,
            ScheduledExecutorService timer,
            StationRestarter restarter,
            BootReason bootReason)
            throws IOException {
        this.settings = settings;
        this.pending = new PendingCommands(timer);
        this.payloads = new SystemPayloads(schemas);
        this.restarter = restarter;
        this.bootReason = bootReason;
        this.incoming = new IncomingLines(payloads, pending, listener, restarter::restart, this::connectionClosed);
        this.server = new SystemSocketServer(settings, this::accepted);
    }

    /**
     * Binds the configured socket(s) and starts waiting for the charger.
     *
     * @param timer where the commands' time-outs run (the core scheduler: the tasks are short)
     * @param restarter how the bridge restarts (after {@code reset}, or when the system asks for it)
     * @param bootReason this boot's reason, as the bridge determined it
     * @throws IOException when an address cannot be bound
     */
    public static SocketChargerSystem open(
            SystemSocketSettings settings,
            JsonSchemas schemas,
            ScheduledExecutorService timer,
            StationRestarter restarter,
            BootReason bootReason)
            throws IOException {
        return new SocketChargerSystem(settings, schemas, timer, restarter, bootReason);
    }

    /** The bound TCP address (with the real port when port 0 was configured). */
    public Optional<InetSocketAddress> tcpAddress() {
        return server.tcpAddress();
    }

    /** Whether a charger is connected now. */
    public boolean connected() {
        return current.get() != null;
    }

    @Override
    public CompletionStage<Decision<UpdateFirmwareResponse>> updateFirmware(FirmwareUpdateRequest request) {
        return decide(
                call(
                        "update_firmware",
                        payloads.toJson(request),
                        result -> payloads.read(
                                "UpdateFirmwareResponse", result, "#/result", UpdateFirmwareResponse.class)),
                UpdateFirmwareResponse.Rejected);
    }

    @Override
    public void allowFirmwareInstallation() {
        call("allow_firmware_installation", new JsonObject(), result -> result).whenComplete((result, failure) -> {
            if (failure != null) {
                log.warn("allow_firmware_installation did not reach the charger system: {}", reason(failure));
            }
        });
    }

    @Override
    public CompletionStage<Decision<UploadLogsResponse>> uploadLogs(UploadLogsRequest request) {
        return decide(
                call(
                        "upload_logs",
                        payloads.toJson(request),
                        result -> payloads.read("UploadLogsResponse", result, "#/result", UploadLogsResponse.class)),
                new UploadLogsResponse(null, org.ocppbridge.mappings.system.UploadLogsStatus.Rejected));
    }

    @Override
    public CompletionStage<Decision<Boolean>> isResetAllowed(ResetType type) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", type.name());
        return decide(
                call("is_reset_allowed", payload, result -> SystemPayloads.readBoolean(result, "#/result")), false);
    }

    @Override
    public void reset(ResetType type, boolean scheduled) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", type.name());
        payload.addProperty("scheduled", scheduled);
        call("reset", payload, result -> result).whenComplete((result, failure) -> {
            if (failure != null) {
                // The CSMS was told Accepted: the station reboots anyway, so the CSMS sees the BootNotification.
                log.warn("reset did not reach the charger system ({}); the bridge restarts anyway", reason(failure));
            }
            restarter.restart(scheduled ? BootReason.ScheduledReset : BootReason.RemoteReset);
        });
    }

    @Override
    public CompletionStage<Boolean> setSystemTime(Instant timestamp) {
        JsonObject payload = new JsonObject();
        payload.addProperty(
                "timestamp", DateTimeFormatter.ISO_INSTANT.format(timestamp.truncatedTo(ChronoUnit.MILLIS)));
        return call("set_system_time", payload, result -> SystemPayloads.readBoolean(result, "#/result"))
                .exceptionally(failure -> {
                    log.debug("set_system_time: {}", reason(failure));
                    return false;
                });
    }

    /** Waits for the answer, bounded by the command's time-out: asked once at start, never on the core thread. */
    @Override
    public BootReason getBootReason() {
        CompletableFuture<BootReason> answer = call(
                "get_boot_reason",
                new JsonObject(),
                result -> payloads.read("BootReason", result, "#/result", BootReason.class));
        try {
            return answer.get(settings.commandTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.debug("get_boot_reason: {}; using {}", reason(e), bootReason);
            return bootReason;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return bootReason;
        }
    }

    @Override
    public void setListener(Listener newListener) {
        listener.bind(newListener);
    }

    /** Stops listening and drops the charger's connection; commands still waiting fail at once. */
    @Override
    public void close() {
        closed = true;
        server.close();
        SystemConnection connection = current.getAndSet(null);
        if (connection != null) {
            connection.close();
        }
    }

    /** How the result of one command becomes its value. */
    @FunctionalInterface
    private interface ResultReader<T> {
        T read(JsonElement result) throws LineError;
    }

    private <T> CompletableFuture<T> call(String command, JsonElement payload, ResultReader<T> reader) {
        SystemConnection connection = current.get();
        if (connection == null) {
            return CompletableFuture.failedFuture(new CommandFailedException("no charger system is connected"));
        }
        PendingCommands.Opened opened = pending.open(connection, command, settings.commandTimeout());
        String id = opened.id();
        if (!connection.send(Envelopes.command(id, command, payload))) {
            pending.fail(id, "the charger system disconnected");
        }
        return opened.reply().handle((result, failure) -> {
            if (failure != null) {
                log.warn("{} {}: {}", command, id, reason(failure));
                throw new CompletionException(failure);
            }
            try {
                return reader.read(result == null ? JsonNull.INSTANCE : result);
            } catch (LineError e) {
                log.warn(
                        "The charger system's answer to {} {} was refused: {} {}",
                        command,
                        id,
                        e.field(),
                        e.getMessage());
                connection.send(Envelopes.error(id, e));
                throw new CommandFailedException(
                        "the charger system's answer to " + command + " was not valid (" + e.field() + ")");
            }
        });
    }

    /** The charger's answer, or the refusal (reasonCode InternalError) that says why there is none. */
    private static <T> CompletionStage<Decision<T>> decide(CompletableFuture<T> answer, T refusal) {
        return answer.handle((value, failure) -> failure == null
                ? Decision.of(value)
                : Decision.because(refusal, PendingCommands.REASON, reason(failure)));
    }

    /** The words of a failure: a command's own, unwrapped from the future's wrapping. */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof CommandFailedException ? cause.getMessage() : "the charger system failed";
    }

    private void accepted(SocketChannel channel, String peer) {
        if (closed) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("Closing a late connection failed: {}", e.toString());
            }
            return;
        }
        SystemConnection connection = new SystemConnection(channel, peer, incoming);
        SystemConnection previous = current.getAndSet(connection);
        if (previous != null) {
            // One charger at a time: the newest connection is the charger that restarted.
            log.info("A new charger system connection replaces the previous one");
            previous.close();
        }
        log.info("The charger system connected ({})", peer);
        connection.start();
    }

    private void connectionClosed(SystemConnection connection) {
        boolean wasCurrent = current.compareAndSet(connection, null);
        pending.failAll(connection, "the charger system disconnected");
        if (wasCurrent && !closed) {
            log.warn("The charger system disconnected; requests are Rejected until it connects again");
        }
    }
}
