package org.ocppbridge.bridge.system.socket;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.LogStatus;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the system sends, line by line on the read thread: variables go to the listener, replies complete the
 * bridge's waiting commands, {@code request_reset} restarts the station with the boot reason the system gives.
 * A line that cannot be used is answered with an error line naming the field; an error line is never answered
 * (two peers must not trade errors forever).
 */
final class IncomingLines implements SystemConnection.Handler {

    private static final Logger log = LoggerFactory.getLogger(IncomingLines.class);

    /** The system's own reasons to restart; the others the bridge decides (RemoteReset, Watchdog, PowerUp...). */
    static final Set<BootReason> REQUESTABLE =
            EnumSet.of(BootReason.LocalReset, BootReason.ApplicationReset, BootReason.FirmwareUpdate);

    private final SystemPayloads payloads;
    private final PendingCommands pending;
    private final ChargerSystem.Listener listener;
    private final Consumer<BootReason> resetRequested;
    private final Consumer<SystemConnection> closed;

    IncomingLines(
            SystemPayloads payloads,
            PendingCommands pending,
            ChargerSystem.Listener listener,
            Consumer<BootReason> resetRequested,
            Consumer<SystemConnection> closed) {
        this.payloads = payloads;
        this.pending = pending;
        this.listener = listener;
        this.resetRequested = resetRequested;
        this.closed = closed;
    }

    @Override
    public void onLine(SystemConnection from, String text) {
        JsonObject line;
        try {
            line = Envelopes.parse(text);
        } catch (LineError e) {
            refuse(from, null, e);
            return;
        }
        String id = null;
        try {
            id = Envelopes.id(line);
            if (line.has("error")) {
                failed(id);
            } else if (line.has("result")) {
                replied(id, line);
            } else if (line.has("variable")) {
                variable(line);
            } else if (line.has("command")) {
                command(from, id, line);
            } else {
                throw new LineError(
                        LineError.INVALID_ENVELOPE,
                        null,
                        "a line needs \"command\", \"variable\", \"result\" or \"error\"");
            }
        } catch (LineError e) {
            if (!line.has("error")) {
                refuse(from, id, e);
            }
        }
    }

    @Override
    public void onBadLine(SystemConnection from, LineError error) {
        refuse(from, null, error);
    }

    @Override
    public void onClosed(SystemConnection from) {
        closed.accept(from);
    }

    private void failed(String id) {
        if (id == null) {
            log.warn("The charger system reported an error without an id");
            return;
        }
        if (!pending.fail(id, "the charger system answered with an error")) {
            log.warn("The charger system reported an error for {}, which nothing waits for", id);
        }
    }

    private void replied(String id, JsonObject line) throws LineError {
        if (id == null) {
            throw new LineError(LineError.INVALID_ENVELOPE, "#/id", "a result needs the id of its command");
        }
        if (!pending.complete(id, line.get("result"))) {
            // Never sent, answered twice, or too late: the command has already been decided without it.
            throw new LineError(
                    LineError.UNKNOWN_ID, "#/id", "no command with this id is waiting (late or" + " repeated answer?)");
        }
    }

    private void variable(JsonObject line) throws LineError {
        String name = Envelopes.name(line, "variable");
        switch (name) {
            case "firmware_update_status" -> {
                if (unaskedIdle(line, "firmware_update_status")) {
                    return;
                }
                FirmwareUpdateStatus status = payloads.read(
                        "FirmwareUpdateStatus", line.get("payload"), "#/payload", FirmwareUpdateStatus.class);
                if (forwarded(
                        status.firmwareUpdateStatus() == FirmwareUpdateStatusEnum.Idle,
                        status.requestId(),
                        "L01.FR.20")) {
                    listener.onFirmwareUpdateStatus(status);
                }
            }
            case "log_status" -> {
                if (unaskedIdle(line, "log_status")) {
                    return;
                }
                LogStatus status = payloads.read("LogStatus", line.get("payload"), "#/payload", LogStatus.class);
                if (forwarded(status.logStatus() == LogStatusEnum.Idle, status.requestId(), "N01.FR.13")) {
                    listener.onLogStatus(status);
                }
            }
            default ->
                throw new LineError(
                        LineError.UNKNOWN_VARIABLE,
                        "#/variable",
                        "the variables are firmware_update_status and log_status");
        }
    }

    /**
     * An Idle without request_id: Idle belongs to no request and is only ever the answer to a trigger, which the
     * bridge gives itself, so one the charger reports unasked is taken without an error and not forwarded.
     */
    private static boolean unaskedIdle(JsonObject line, String field) {
        JsonElement payload = line.get("payload");
        return payload != null
                && payload.isJsonObject()
                && !payload.getAsJsonObject().has("request_id")
                && new JsonPrimitive("Idle").equals(payload.getAsJsonObject().get(field));
    }

    /**
     * Whether a status goes on to the station. Every status but Idle belongs to a request and carries its id
     * (L01.FR.20, N01.FR.13): one with the system's "no request" (a negative id) is refused, InvalidPayload, rather
     * than sent without requestId. An Idle is not forwarded (see {@link #unaskedIdle}).
     */
    private static boolean forwarded(boolean idle, int requestId, String rule) throws LineError {
        if (idle) {
            return false;
        }
        if (requestId < 0) {
            throw new LineError(
                    LineError.INVALID_PAYLOAD,
                    "#/payload/request_id",
                    "must be the id of its request (0 or more); " + rule
                            + ": every status but Idle carries the request_id of the request it belongs to");
        }
        return true;
    }

    private void command(SystemConnection from, String id, JsonObject line) throws LineError {
        String name = Envelopes.name(line, "command");
        if (id == null) {
            throw new LineError(LineError.INVALID_ENVELOPE, "#/id", "a command needs an id for its answer");
        }
        if (!name.equals("request_reset")) {
            throw new LineError(LineError.UNKNOWN_COMMAND, "#/command", "the system may send request_reset");
        }
        JsonObject payload = SystemPayloads.object(line, "payload");
        BootReason reason =
                payloads.read("BootReason", payload.get("boot_reason"), "#/payload/boot_reason", BootReason.class);
        if (!REQUESTABLE.contains(reason)) {
            throw new LineError(
                    LineError.INVALID_PAYLOAD,
                    "#/payload/boot_reason",
                    "must be LocalReset, ApplicationReset or FirmwareUpdate");
        }
        from.send(Envelopes.result(id, new JsonPrimitive(true)));
        log.info("The charger system asks for a restart (boot reason {})", reason);
        resetRequested.accept(reason);
    }

    private static void refuse(SystemConnection from, String id, LineError error) {
        log.warn(
                "Refused a line from the charger system {}: {} {} {}",
                from.peer(),
                error.code(),
                error.field() == null ? "" : error.field(),
                error.getMessage());
        from.send(Envelopes.error(id, error));
    }
}
