package org.ocppbridge.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.ocppbridge.schemas.SchemaViolation;

/**
 * The rules a CALL from the station must keep, beyond its shape: a fresh message id, one outstanding CALL,
 * BootNotification before anything else, and a payload valid against its schema.
 */
final class StationCallRules {

    static final String BOOT_NOTIFICATION = "BootNotification";

    private final StationRegistration registration;
    private final SimulatorContext context;
    private IncomingCall outstanding; // guarded by this

    StationCallRules(StationRegistration registration, SimulatorContext context) {
        this.registration = registration;
        this.context = context;
    }

    void check(StationFrame call, Instant at, Consumer<String> violation) {
        if (!registration.useCallId(call.messageId())) {
            // ER §4.2: unique over every connection of the same station identity.
            violation.accept("P4 §4.1.4 / ER §4.2: message id " + ErrorCodes.shorten(call.messageId())
                    + " was used before by this station");
        }
        synchronized (this) {
            if (outstanding != null
                    && !outstanding.answered()
                    && at.isBefore(outstanding.receivedAt().plus(context.stationCallTimeout()))) {
                violation.accept("P4 §4.1.1: " + call.action() + " sent while " + outstanding.action()
                        + " was still unanswered (at most one outstanding CALL)");
            }
        }
        checkRegistration(call, at, violation);
        if (!OcppActions.FROM_STATION.contains(call.action())) {
            violation.accept("P4 §4.1.6: " + ErrorCodes.shorten(call.action())
                    + " is not an OCPP 2.0.1 action a charging station sends");
            return;
        }
        PayloadCheck.validate(context.schemas(), call.action() + "Request", call.payload(), violation);
    }

    private void checkRegistration(StationFrame call, Instant at, Consumer<String> violation) {
        StationRegistration.Status status = registration.status();
        if (BOOT_NOTIFICATION.equals(call.action())) {
            boolean early =
                    status != StationRegistration.Status.ACCEPTED && at.isBefore(registration.nextBootNotBefore());
            // B02: while Pending, a BootNotification the CSMS triggered may come at once.
            boolean triggered = status == StationRegistration.Status.PENDING
                    && registration.isAllowedWhilePending(BOOT_NOTIFICATION)
                    && "Triggered".equals(stringField(call.payload(), "reason"));
            if (early && !triggered) {
                violation.accept(
                        "B03.FR.06: BootNotification repeated before the interval of the " + status + " answer passed");
            }
            return;
        }
        if (status == StationRegistration.Status.ACCEPTED) {
            return;
        }
        if (status == StationRegistration.Status.PENDING && registration.isAllowedWhilePending(call.action())) {
            return;
        }
        violation.accept("B01/B02/B03: " + call.action() + " sent before the CSMS accepted a BootNotification"
                + " (registration status " + status + ")");
    }

    synchronized void received(IncomingCall call) {
        outstanding = call;
    }

    /** The simulator answered {@code call}; {@code resultPayload} is null for a CALLERROR. */
    void answered(IncomingCall call, JsonObject resultPayload, Instant at) {
        if (resultPayload != null && BOOT_NOTIFICATION.equals(call.action())) {
            registration.bootAnswered(statusOf(resultPayload), intervalOf(resultPayload), at);
        }
        synchronized (this) {
            if (outstanding == call) {
                outstanding = null;
            }
        }
    }

    private static StationRegistration.Status statusOf(JsonObject bootResponse) {
        String status = stringField(bootResponse, "status");
        if (status == null) {
            return StationRegistration.Status.NONE;
        }
        return switch (status) {
            case "Accepted" -> StationRegistration.Status.ACCEPTED;
            case "Pending" -> StationRegistration.Status.PENDING;
            case "Rejected" -> StationRegistration.Status.REJECTED;
            default -> StationRegistration.Status.NONE;
        };
    }

    private static int intervalOf(JsonObject bootResponse) {
        JsonElement interval = bootResponse.get("interval");
        return interval != null
                        && interval.isJsonPrimitive()
                        && interval.getAsJsonPrimitive().isNumber()
                ? interval.getAsInt()
                : 0;
    }

    static String stringField(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null
                        && value.isJsonPrimitive()
                        && value.getAsJsonPrimitive().isString()
                ? value.getAsString()
                : null;
    }

    /** Schema validation of one payload, shared by CALLs and CALLRESULTs. */
    static final class PayloadCheck {
        private PayloadCheck() {}

        /** Checks the payload when the project has a schema for it; a 2.0.1 message without one is not judged. */
        static void validate(
                org.ocppbridge.schemas.JsonSchemas schemas,
                String schemaName,
                JsonObject payload,
                Consumer<String> violation) {
            if (!schemas.has(schemaName)) {
                return;
            }
            List<SchemaViolation> broken;
            try {
                broken = schemas.validate(schemaName, payload.toString());
            } catch (IllegalArgumentException e) {
                violation.accept("P4 §4.1.2: " + schemaName + " payload is not strict JSON");
                return;
            }
            for (SchemaViolation each : broken) {
                violation.accept("P4 §4.1.7: " + schemaName + " breaks its schema: " + each.keyword() + " at "
                        + each.pointer() + " (" + each.kind() + ")");
            }
        }
    }
}
