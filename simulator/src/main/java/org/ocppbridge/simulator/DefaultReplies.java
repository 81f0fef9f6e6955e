package org.ocppbridge.simulator;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The answers a well-behaved CSMS gives when a test does not care: BootNotification Accepted with a heartbeat
 * interval, Heartbeat with the current time, and the empty response of every notification.
 */
public final class DefaultReplies {

    /** The notifications whose response is the empty object. */
    private static final String[] NOTIFICATIONS = {
        "FirmwareStatusNotification",
        "LogStatusNotification",
        "SecurityEventNotification",
        "StatusNotification",
        "NotifyEvent",
        "NotifyReport",
        "NotifyMonitoringReport",
        "MeterValues",
    };

    private DefaultReplies() {}

    /**
     * The default answers, by action.
     *
     * @param clock the source of {@code currentTime}
     * @param heartbeatIntervalSeconds the {@code interval} of the BootNotificationResponse
     */
    public static Map<String, Function<JsonObject, JsonObject>> of(Clock clock, int heartbeatIntervalSeconds) {
        Map<String, Function<JsonObject, JsonObject>> replies = new LinkedHashMap<>();
        replies.put(
                "BootNotification", request -> bootNotification("Accepted", heartbeatIntervalSeconds, clock.instant()));
        replies.put("Heartbeat", request -> heartbeat(clock.instant()));
        for (String action : NOTIFICATIONS) {
            replies.put(action, request -> new JsonObject());
        }
        return replies;
    }

    /** A BootNotificationResponse payload. */
    public static JsonObject bootNotification(String status, int intervalSeconds, Instant now) {
        JsonObject response = new JsonObject();
        response.addProperty("currentTime", now.truncatedTo(ChronoUnit.MILLIS).toString());
        response.addProperty("interval", intervalSeconds);
        response.addProperty("status", status);
        return response;
    }

    /** A HeartbeatResponse payload. */
    public static JsonObject heartbeat(Instant now) {
        JsonObject response = new JsonObject();
        response.addProperty("currentTime", now.truncatedTo(ChronoUnit.MILLIS).toString());
        return response;
    }
}
