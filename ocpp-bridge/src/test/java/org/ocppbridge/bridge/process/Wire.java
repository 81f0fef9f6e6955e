package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.pki.FirmwareSigner;

/** What the process tests say to the bridge and expect from it on the wire, with bounded waits. */
final class Wire {

    /** A JVM start on a busy 2-core machine, then the WebSocket handshake. */
    static final Duration CONNECT = Duration.ofSeconds(30);
    /** One step of the bridge's work on a busy machine (a status, an answer). */
    static final Duration STEP = Duration.ofSeconds(15);

    private Wire() {}

    static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /**
     * The next connection of the station; its first CALL must be a BootNotification with this reason. Fails at
     * once, with the output, when the process ends before it connects.
     */
    static StationConnection awaitBoot(CsmsSimulator csms, StationProcess bridge, String reason) {
        StationConnection station = awaitConnection(csms, bridge);
        expectBoot(station, reason);
        return station;
    }

    static StationConnection awaitConnection(CsmsSimulator csms, StationProcess bridge) {
        long deadline = System.nanoTime() + CONNECT.toNanos();
        while (true) {
            try {
                return csms.awaitStation(Duration.ofMillis(250));
            } catch (AssertionError notYet) {
                if (!bridge.isAlive()) {
                    throw new AssertionError(
                            bridge.name() + " ended before it connected; its output:\n" + bridge.output(), notYet);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw notYet;
                }
            }
        }
    }

    static IncomingCall expectBoot(StationConnection station, String reason) {
        IncomingCall boot = station.expectCall("BootNotification", STEP);
        assertEquals(reason, boot.payload().get("reason").getAsString(), boot.toString());
        return boot;
    }

    static IncomingCall expectSecurityEvent(StationConnection station, String type) {
        IncomingCall event = station.expectCall("SecurityEventNotification", STEP);
        assertEquals(type, event.payload().get("type").getAsString(), event.toString());
        return event;
    }

    /** The next CALL must be this notification with this status and requestId (null: no requestId). */
    static IncomingCall expectStatus(StationConnection station, String action, String status, Integer requestId) {
        IncomingCall call = station.expectCall(action, STEP);
        assertStatus(call, action, status, requestId);
        return call;
    }

    static void assertStatus(IncomingCall call, String action, String status, Integer requestId) {
        assertEquals(action, call.action(), call.toString());
        assertEquals(status, call.payload().get("status").getAsString(), call.toString());
        if (requestId == null) {
            assertFalse(call.payload().has("requestId"), call.toString());
        } else {
            assertEquals(requestId.intValue(), call.payload().get("requestId").getAsInt(), call.toString());
        }
    }

    /**
     * A CALL with no side effect (TriggerMessage MeterValues, which the bridge answers NotImplemented). The bridge
     * handles frames in order on one thread, so its answer proves it has handled every frame sent before, e.g.
     * the CALLRESULTs of its notifications (and acknowledged them durably).
     */
    static void barrier(StationConnection station) {
        CallOutcome outcome = station.call("TriggerMessage", json("{\"requestedMessage\":\"MeterValues\"}"), STEP);
        assertEquals("NotImplemented", status(outcome));
    }

    /**
     * Proves that the station sent nothing more without waiting on the clock: the {@link #barrier} first, then no CALL
     * may be waiting (frames are handled in order, so one sent before the barrier's answer has arrived by then).
     */
    static void assertNoMoreCalls(StationConnection station) {
        barrier(station);
        station.assertNoMoreCalls(Duration.ZERO);
    }

    static String status(CallOutcome outcome) {
        return outcome.payload().get("status").getAsString();
    }

    static JsonObject reset(String type) {
        return json("{\"type\":\"" + type + "\"}");
    }

    static JsonObject trigger(String requestedMessage) {
        return json("{\"requestedMessage\":\"" + requestedMessage + "\"}");
    }

    /** A GetLog of the diagnostics logs of the last hour, one attempt. */
    static JsonObject getLog(int requestId, URI remoteLocation) {
        JsonObject log = new JsonObject();
        log.addProperty("remoteLocation", remoteLocation.toString());
        log.addProperty(
                "oldestTimestamp",
                Instant.now()
                        .minus(1, ChronoUnit.HOURS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        JsonObject request = new JsonObject();
        request.add("log", log);
        request.addProperty("logType", "DiagnosticsLog");
        request.addProperty("requestId", requestId);
        request.addProperty("retries", 0);
        return request;
    }

    /** An UpdateFirmware to retrieve now, signed by {@code signer}; one attempt. */
    static JsonObject updateFirmware(int requestId, URI location, FirmwareSigner signer, String signature) {
        JsonObject firmware = new JsonObject();
        firmware.addProperty("location", location.toString());
        firmware.addProperty(
                "retrieveDateTime",
                Instant.now()
                        .minus(1, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        firmware.addProperty("signingCertificate", signer.certificatePem());
        firmware.addProperty("signature", signature);
        JsonObject request = new JsonObject();
        request.addProperty("requestId", requestId);
        request.addProperty("retries", 1);
        request.addProperty("retryInterval", 1);
        request.add("firmware", firmware);
        return request;
    }
}
