package org.ocppbridge.bridge.runtime;

import com.google.gson.Gson;
import org.ocppbridge.bridge.json.OcppGson;
import org.ocppbridge.mappings.FirmwareMapping;
import org.ocppbridge.mappings.FirmwareStatusMapping;
import org.ocppbridge.mappings.ocpp.BootNotificationRequest;
import org.ocppbridge.mappings.ocpp.BootNotificationResponse;
import org.ocppbridge.mappings.ocpp.FirmwareStatusNotificationRequest;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareRequest;
import org.ocppbridge.schemas.JsonSchemas;

/**
 * The first BootNotification needs its two schemas parsed, everit's validator and Gson's record binding loaded:
 * about a quarter of the time from start to the BootNotification on the wire, all on the one path that leads
 * there. Done here, on a second core, while the main thread parses the command line and opens the data directory,
 * it is off that path. The schemas are loaded into the {@link JsonSchemas} the bridge then uses (each loads once,
 * so the station waits for one still loading rather than loading it twice); the rest is class loading and
 * initialisation the JVM shares. {@link #afterBoot} does the same for the firmware path once the station has
 * booted, when nothing waits for the CPU.
 *
 * <p>Best effort: a failure here only costs the time it would have saved; the station, loading the same schema
 * itself, meets the same failure and reports it. Nothing here logs: it runs before the log is set up, and the
 * first logger fixes SLF4J's settings (the timestamp each line must start with) for good.
 */
public final class StartupWarmup {

    static final String THREAD_NAME = "ocpp-warmup";

    private static final String BOOT_REQUEST =
            "{\"chargingStation\":{\"model\":\"m\",\"vendorName\":\"v\"}," + "\"reason\":\"PowerUp\"}";
    private static final String BOOT_RESPONSE =
            "{\"currentTime\":\"2025-01-01T00:00:00.000Z\",\"interval\":300,\"status\":\"Accepted\"}";

    /** A valid UpdateFirmware and FirmwareStatusNotification: samples that walk their schemas and bindings whole. */
    static final String UPDATE_FIRMWARE = "{\"requestId\":1,\"firmware\":{\"location\":\"http://h/f.bin\","
            + "\"retrieveDateTime\":\"2025-01-01T00:00:00Z\",\"signingCertificate\":\"c\",\"signature\":\"s\"}}";

    static final String FIRMWARE_STATUS = "{\"status\":\"Downloading\",\"requestId\":1}";

    private StartupWarmup() {}

    /** Starts the warm-up on a daemon thread of its own, which ends by itself (it waits for nothing). */
    public static Thread start(JsonSchemas schemas) {
        return start(schemas, () -> {});
    }

    /**
     * The same, running {@code first} before the schemas: JDK initialisation the main thread meets soon after the
     * command line (the log's date format), which must not log either.
     */
    public static Thread start(JsonSchemas schemas, Runnable first) {
        Thread thread = new Thread(
                () -> {
                    try {
                        first.run();
                    } catch (RuntimeException e) {
                        // Best effort, as below: the main thread meets it again itself.
                    }
                    run(schemas);
                },
                THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * The second warm-up, once the station has booted (issue 18, the firmware path): on a short-lived "ocpp-warmup"
     * thread, the schemas and record bindings of UpdateFirmware and FirmwareStatusNotification, then {@code
     * system}'s own (the local system's firmware check and hashing, see {@code FirmwareWarmup}). While the station
     * idles, nothing waits for it; an UpdateFirmware that comes first simply finds less done.
     */
    public static Thread afterBoot(JsonSchemas schemas, Runnable system) {
        Thread thread = new Thread(
                () -> {
                    try {
                        schemas.validate("UpdateFirmwareRequest", UPDATE_FIRMWARE);
                        schemas.validate("UpdateFirmwareResponse", "{\"status\":\"Accepted\"}");
                        schemas.validate("FirmwareStatusNotificationRequest", FIRMWARE_STATUS);
                        schemas.validate("FirmwareStatusNotificationResponse", "{}");
                        Gson gson = OcppGson.create();
                        // The mappings too: pure, and their classes are on the first update's way.
                        FirmwareMapping.toSystem(gson.fromJson(UPDATE_FIRMWARE, UpdateFirmwareRequest.class));
                        FirmwareStatusNotificationRequest status =
                                gson.fromJson(FIRMWARE_STATUS, FirmwareStatusNotificationRequest.class);
                        gson.toJson(FirmwareStatusMapping.toOcpp(FirmwareStatusMapping.toSystem(status)));
                    } catch (RuntimeException e) {
                        // Best effort, as at the start: the station meets it again and reports it.
                    }
                    system.run();
                },
                THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void run(JsonSchemas schemas) {
        try {
            schemas.validate("BootNotificationRequest", BOOT_REQUEST);
            schemas.validate("BootNotificationResponse", BOOT_RESPONSE);
            Gson gson = OcppGson.create();
            gson.toJson(gson.fromJson(BOOT_REQUEST, BootNotificationRequest.class));
            gson.fromJson(BOOT_RESPONSE, BootNotificationResponse.class);
        } catch (RuntimeException e) {
            // See the class comment: the station meets it again and reports it.
        }
    }
}
