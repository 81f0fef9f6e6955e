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
import java.util.concurrent.atomic.AtomicReference;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.bridge.system.HeldListener;
import org.ocppbridge.bridge.system.StationRestarter;
import org.ocppbridge.bridge.system.SystemUnavailableException;
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
 *   <li>Commands wait for the reply at most the configured time. {@code update_firmware}, {@code upload_logs}
 *       and {@code is_reset_allowed} then throw {@link SystemUnavailableException} (the station answers the CSMS
 *       Rejected with a statusInfo); {@code set_system_time} answers false, {@code get_boot_reason} the boot
 *       reason the bridge determined, and {@code allow_firmware_installation} is only logged.</li>
 *   <li>A command runs on the caller's thread (the bridge's core thread) and blocks it until the reply or the
 *       time-out; variables arrive on the read thread and go straight to the listener.</li>
 *   <li>{@code reset} is passed to the system, then the bridge restarts itself through the
 *       {@link StationRestarter}, so the CSMS sees the reboot's BootNotification whatever the system does.</li>
 * </ul>
 */
public final class SocketChargerSystem implements ChargerSystem {

    private static final Logger log = LoggerFactory.getLogger(SocketChargerSystem.class);

    private final SystemSocketSettings settings;
    private final SystemPayloads payloads;
    private final StationRestarter restarter;
    private final BootReason bootReason;
    private final PendingCommands pending = new PendingCommands();
    private final HeldListener listener = new HeldListener();
    private final IncomingLines incoming;
    private final AtomicReference<SystemConnection> current = new AtomicReference<>();
    private final SystemSocketServer server;
    private volatile boolean closed;

    private SocketChargerSystem(
            SystemSocketSettings settings, JsonSchemas schemas, StationRestarter restarter, BootReason bootReason)
            throws IOException {
        this.settings = settings;
        this.payloads = new SystemPayloads(schemas);
        this.restarter = restarter;
        this.bootReason = bootReason;
        this.incoming = new IncomingLines(payloads, pending, listener, restarter::restart, this::connectionClosed);
        this.server = new SystemSocketServer(settings, this::accepted);
    }

    /**
     * Binds the configured socket(s) and starts waiting for the charger.
     *
     * @param restarter how the bridge restarts (after {@code reset}, or when the system asks for it)
     * @param bootReason this boot's reason, as the bridge determined it
     * @throws IOException when an address cannot be bound
     */
    public static SocketChargerSystem open(
            SystemSocketSettings settings, JsonSchemas schemas, StationRestarter restarter, BootReason bootReason)
            throws IOException {
        return new SocketChargerSystem(settings, schemas, restarter, bootReason);
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
    public UpdateFirmwareResponse updateFirmware(FirmwareUpdateRequest request) {
        return call(
                "update_firmware",
                payloads.toJson(request),
                result -> payloads.read("UpdateFirmwareResponse", result, "#/result", UpdateFirmwareResponse.class));
    }

    @Override
    public void allowFirmwareInstallation() {
        try {
            call("allow_firmware_installation", new JsonObject(), result -> result);
        } catch (SystemUnavailableException e) {
            log.warn("allow_firmware_installation did not reach the charger system: {}", e.getMessage());
        }
    }

    @Override
    public UploadLogsResponse uploadLogs(UploadLogsRequest request) {
        return call(
                "upload_logs",
                payloads.toJson(request),
                result -> payloads.read("UploadLogsResponse", result, "#/result", UploadLogsResponse.class));
    }

    @Override
    public boolean isResetAllowed(ResetType type) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", type.name());
        return call("is_reset_allowed", payload, result -> SystemPayloads.readBoolean(result, "#/result"));
    }

    @Override
    public void reset(ResetType type, boolean scheduled) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", type.name());
        payload.addProperty("scheduled", scheduled);
        try {
            call("reset", payload, result -> result);
        } catch (SystemUnavailableException e) {
            // The CSMS was told Accepted: the station reboots anyway, so the CSMS sees the BootNotification.
            log.warn("reset did not reach the charger system ({}); the bridge restarts anyway", e.getMessage());
        }
        restarter.restart(scheduled ? BootReason.ScheduledReset : BootReason.RemoteReset);
    }

    @Override
    public boolean setSystemTime(Instant timestamp) {
        JsonObject payload = new JsonObject();
        payload.addProperty(
                "timestamp", DateTimeFormatter.ISO_INSTANT.format(timestamp.truncatedTo(ChronoUnit.MILLIS)));
        try {
            return call("set_system_time", payload, result -> SystemPayloads.readBoolean(result, "#/result"));
        } catch (SystemUnavailableException e) {
            log.debug("set_system_time: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public BootReason getBootReason() {
        try {
            return call(
                    "get_boot_reason",
                    new JsonObject(),
                    result -> payloads.read("BootReason", result, "#/result", BootReason.class));
        } catch (SystemUnavailableException e) {
            log.debug("get_boot_reason: {}; using {}", e.getMessage(), bootReason);
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

    private <T> T call(String command, JsonElement payload, ResultReader<T> reader) {
        SystemConnection connection = current.get();
        if (connection == null) {
            throw new SystemUnavailableException(PendingCommands.REASON, "no charger system is connected");
        }
        String id = pending.open(connection);
        if (!connection.send(Envelopes.command(id, command, payload))) {
            pending.forget(id);
            throw new SystemUnavailableException(PendingCommands.REASON, "the charger system disconnected");
        }
        JsonElement result;
        try {
            result = pending.await(id, command, settings.commandTimeout());
        } catch (SystemUnavailableException e) {
            log.warn("{} {}: {}", command, id, e.getMessage());
            throw e;
        }
        try {
            return reader.read(result == null ? JsonNull.INSTANCE : result);
        } catch (LineError e) {
            log.warn("The charger system's answer to {} {} was refused: {} {}", command, id, e.field(), e.getMessage());
            connection.send(Envelopes.error(id, e));
            throw new SystemUnavailableException(
                    PendingCommands.REASON,
                    "the charger system's answer to " + command + " was not valid (" + e.field() + ")");
        }
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
