package org.ocppbridge.simulator.demo;

import com.google.gson.JsonObject;
import java.time.Duration;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.conformance.CallFeed;
import org.ocppbridge.simulator.conformance.Checks;

/** The demo's view of the station: CALLs both ways, each printed as one timeline line. */
final class Session {

    private static final Duration CALL = Duration.ofSeconds(20);
    private static final Duration BOOT = Duration.ofSeconds(40);

    private final CsmsSimulator csms;
    private final CallFeed feed;
    private final Timeline timeline;

    Session(CsmsSimulator csms, CallFeed feed, Timeline timeline) {
        this.csms = csms;
        this.feed = feed;
        this.timeline = timeline;
    }

    /** Waits for a BootNotification with {@code reason} (answered Accepted by the default replies). */
    void boot(String reason) {
        while (true) {
            IncomingCall call = next(BOOT, "BootNotification " + reason);
            if (call.action().equals("BootNotification")) {
                require(
                        reason.equals(Checks.string(call.payload(), "reason")),
                        "BootNotification reason " + Checks.string(call.payload(), "reason") + ", expected " + reason);
                return;
            }
        }
    }

    /** The next CALL from the station, printed; fails naming {@code awaited} when none comes in time. */
    IncomingCall next(Duration timeout, String awaited) {
        IncomingCall call = feed.next(timeout);
        if (call == null) {
            throw new DemoFailure("timed out after " + timeout.toSeconds() + " s waiting for " + awaited);
        }
        timeline.step("station -> CSMS  " + Checks.describe(call));
        return call;
    }

    /** Sends a CALL to the station and returns the answer's status, printing both. */
    String callStatus(String action, JsonObject payload) {
        StationConnection connection = open();
        timeline.step("CSMS -> station  " + action + " " + summary(payload));
        CallOutcome outcome;
        try {
            outcome = connection.call(action, payload, CALL);
        } catch (AssertionError e) {
            throw new DemoFailure("no answer to " + action);
        }
        if (outcome instanceof CallOutcome.Error error) {
            throw new DemoFailure(action + " answered CALLERROR " + error.code());
        }
        String status = Checks.string(outcome.payload(), "status");
        String filename = Checks.string(outcome.payload(), "filename");
        timeline.step("station -> CSMS  " + action + " answered " + status
                + (filename != null ? " (filename " + filename + ")" : ""));
        return status;
    }

    void require(boolean condition, String failure) {
        if (!condition) {
            throw new DemoFailure(failure);
        }
    }

    private StationConnection open() {
        var all = csms.connections();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).isOpen()) {
                return all.get(i);
            }
        }
        throw new DemoFailure("the station is not connected");
    }

    private static String summary(JsonObject payload) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {"type", "logType", "requestId"}) {
            if (payload.has(field)) {
                text.append(field)
                        .append('=')
                        .append(payload.get(field).getAsString())
                        .append(' ');
            }
        }
        if (payload.has("firmware")) {
            text.append("signed image ")
                    .append(payload.getAsJsonObject("firmware").get("location").getAsString());
        }
        return text.toString().trim();
    }
}
