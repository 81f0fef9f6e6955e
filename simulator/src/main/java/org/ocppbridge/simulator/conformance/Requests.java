package org.ocppbridge.simulator.conformance;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The request payloads the cases send, built the way the OCTT builds them (P6 and ER 2023-12). */
public final class Requests {

    private Requests() {}

    /** UpdateFirmwareRequest; null times, certificate or signature are left out. */
    public static JsonObject updateFirmware(
            int requestId,
            String location,
            Instant retrieve,
            Instant install,
            String signingCertificate,
            String signature) {
        JsonObject firmware = new JsonObject();
        firmware.addProperty("location", location);
        firmware.addProperty("retrieveDateTime", time(retrieve));
        if (install != null) {
            firmware.addProperty("installDateTime", time(install));
        }
        if (signingCertificate != null) {
            firmware.addProperty("signingCertificate", signingCertificate);
        }
        if (signature != null) {
            firmware.addProperty("signature", signature);
        }
        JsonObject request = new JsonObject();
        request.addProperty("requestId", requestId);
        request.add("firmware", firmware);
        return request;
    }

    /** GetLogRequest; null retries/retryInterval are left out. */
    public static JsonObject getLog(
            int requestId, String logType, String remoteLocation, Integer retries, Integer retryInterval) {
        JsonObject log = new JsonObject();
        log.addProperty("remoteLocation", remoteLocation);
        JsonObject request = new JsonObject();
        request.addProperty("logType", logType);
        request.addProperty("requestId", requestId);
        if (retries != null) {
            request.addProperty("retries", retries);
        }
        if (retryInterval != null) {
            request.addProperty("retryInterval", retryInterval);
        }
        request.add("log", log);
        return request;
    }

    /** ResetRequest; a null evseId is left out. */
    public static JsonObject reset(String type, Integer evseId) {
        JsonObject request = new JsonObject();
        request.addProperty("type", type);
        if (evseId != null) {
            request.addProperty("evseId", evseId);
        }
        return request;
    }

    /** TriggerMessageRequest; a null evseId is left out. */
    public static JsonObject trigger(String requestedMessage, Integer evseId) {
        JsonObject request = new JsonObject();
        request.addProperty("requestedMessage", requestedMessage);
        if (evseId != null) {
            JsonObject evse = new JsonObject();
            evse.addProperty("id", evseId);
            request.add("evse", evse);
        }
        return request;
    }

    static String time(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
