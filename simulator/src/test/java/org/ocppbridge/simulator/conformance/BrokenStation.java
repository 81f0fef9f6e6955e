package org.ocppbridge.simulator.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.protocols.Protocol;

/**
 * A small station over a real WebSocket client, for proving that the cases judge: it boots and runs a firmware
 * update with one deliberate {@link Fault}, or none. Its reboot is a new connection with BootNotification
 * FirmwareUpdate, as a real station's would be.
 */
final class BrokenStation implements StationLauncher.Running {

    enum Fault {
        /** A correct station: InstallRebooting, reboot, Installed. */
        NONE,
        /** Every FirmwareStatusNotification leaves out requestId (L01.FR.20). */
        DROP_REQUEST_ID,
        /** Installed and FirmwareUpdated before any reboot or reconnect (ER TC_L_01 step 15). */
        INSTALLED_BEFORE_REBOOT,
        /** SetVariables: every value Accepted, whatever its format (B05.FR.07). */
        ACCEPTS_ANY_VALUE,
        /** GetBaseReport: Accepted, but the one NotifyReport starts at seqNo 1 (B07.FR.10). */
        REPORT_FROM_SEQ_1,
        /** GetReport: Accepted, and every instance of DeviceDataCtrlr.ItemsPerMessage, whatever was asked (B08.FR.24). */
        REPORT_IGNORES_INSTANCE,
        /** Sends BootNotification PowerUp again on every reconnect after a connection loss (Part 4 §5.3). */
        BOOT_ON_RECONNECT,
        /** Never starts the back-off again after a successful reconnect: the waits keep doubling (Part 4 §5.3). */
        BACK_OFF_NEVER_RESETS,
        /** GetLog: one failure status after the last attempt only, not one per attempt (ER §6.1.29, TC_N_26). */
        LOG_FAILURE_AFTER_LAST_ATTEMPT_ONLY,
        /** A reboot forgets the last firmware status: a trigger afterwards answers Idle (L01.FR.26). */
        FORGETS_FIRMWARE_STATUS_ON_REBOOT,
        /** A failed install reports its failure on the same connection, without rebooting (ER TC_L_08 step 15). */
        INSTALL_FAILURE_WITHOUT_REBOOT,
        /** A failed install reboots and reports its failure, but no FirmwareUpdated event (ER TC_L_08 step 20). */
        INSTALL_FAILURE_WITHOUT_EVENT,
        /** A failed install reports its failure and the event, then Installed all the same (TC_L_08). */
        INSTALLED_AFTER_FAILURE
    }

    /** Launches a broken station per case. */
    static StationLauncher launcher(Fault fault) {
        return spec -> new BrokenStation(spec, fault).connect("PowerUp");
    }

    private final LaunchSpec spec;
    private final Fault fault;
    private final ScheduledExecutorService worker =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "broken-station"));
    private final TestStationCalls calls = new TestStationCalls("b-");
    private volatile Client client;
    /** The last FirmwareStatusNotification payload sent, for a triggered one (L01.FR.26). */
    private volatile JsonObject lastFirmwareStatus;
    /** Reconnection attempts since the back-off last started again (worker thread). */
    private int backOffAttempts;

    private BrokenStation(LaunchSpec spec, Fault fault) {
        this.spec = spec;
        this.fault = fault;
    }

    /** A launch flag's value (e.g. the back-off variables of TC_B_57), or the fallback. */
    private long flag(String name, long fallback) {
        int at = spec.extraFlags().indexOf(name);
        return at >= 0 ? Long.parseLong(spec.extraFlags().get(at + 1)) : fallback;
    }

    /** Part 4 §5.3 after the CSMS closed an open connection or refused an attempt: wait, then connect again. */
    private void reconnect() {
        long waitSeconds = flag("--retry-backoff-wait-minimum", 1)
                << Math.min(backOffAttempts, flag("--retry-backoff-repeat-times", 2));
        backOffAttempts++;
        worker.schedule(
                () -> {
                    Client next = new Client(URI.create(spec.csmsUrl() + "/" + spec.stationId()));
                    client = next;
                    try {
                        if (!next.connectBlocking(5, TimeUnit.SECONDS)) {
                            reconnect();
                            return;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (fault != Fault.BACK_OFF_NEVER_RESETS) {
                        backOffAttempts = 0;
                    }
                    if (fault == Fault.BOOT_ON_RECONNECT) {
                        call("BootNotification", boot("PowerUp"));
                    }
                },
                waitSeconds,
                TimeUnit.SECONDS);
    }

    private static JsonObject boot(String reason) {
        JsonObject station = new JsonObject();
        station.addProperty("model", "broken");
        station.addProperty("vendorName", "fixture");
        JsonObject boot = new JsonObject();
        boot.add("chargingStation", station);
        boot.addProperty("reason", reason);
        return boot;
    }

    private BrokenStation connect(String bootReason) {
        worker.execute(() -> {
            try {
                Client next = new Client(URI.create(spec.csmsUrl() + "/" + spec.stationId()));
                client = next;
                if (!next.connectBlocking(5, TimeUnit.SECONDS)) {
                    return;
                }
                call("BootNotification", boot(bootReason));
                call("SecurityEventNotification", event("StartupOfTheDevice"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return this;
    }

    private void update(int requestId, String location) {
        worker.execute(() -> {
            if (location.endsWith("_does_not_exist")) {
                call("FirmwareStatusNotification", status("Downloading", requestId));
                call("FirmwareStatusNotification", status("DownloadFailed", requestId));
                return;
            }
            for (String status : List.of("Downloading", "Downloaded", "SignatureVerified", "Installing")) {
                call("FirmwareStatusNotification", status(status, requestId));
            }
            if (installFails()) {
                installFailed(requestId);
                return;
            }
            if (fault == Fault.INSTALLED_BEFORE_REBOOT) {
                call("FirmwareStatusNotification", status("Installed", requestId));
                call("SecurityEventNotification", event("FirmwareUpdated"));
                return;
            }
            call("FirmwareStatusNotification", status("InstallRebooting", requestId));
            try {
                client.closeBlocking();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            connect("FirmwareUpdate");
            worker.execute(() -> {
                call("FirmwareStatusNotification", status("Installed", requestId));
                call("SecurityEventNotification", event("FirmwareUpdated"));
            });
        });
    }

    /** One upload attempt (worker thread); the next is scheduled retryInterval later. */
    private void uploadAttempt(URI target, int requestId, int attempt, int attempts, int interval) {
        boolean uploaded;
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(target)
                                    .PUT(HttpRequest.BodyPublishers.ofString("log"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            uploaded = response.statusCode() / 100 == 2;
        } catch (java.io.IOException e) {
            uploaded = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (uploaded) {
            call("LogStatusNotification", logStatus("Uploaded", requestId));
            return;
        }
        boolean last = attempt == attempts;
        if (last || fault != Fault.LOG_FAILURE_AFTER_LAST_ATTEMPT_ONLY) {
            call("LogStatusNotification", logStatus("UploadFailure", requestId));
        }
        if (!last) {
            worker.schedule(
                    () -> uploadAttempt(target, requestId, attempt + 1, attempts, interval),
                    interval,
                    TimeUnit.SECONDS);
        }
    }

    private static JsonObject logStatus(String status, int requestId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("status", status);
        payload.addProperty("requestId", requestId);
        return payload;
    }

    /** Runs the case's {@code --install-command}, as the bridge would; true when it exits non-zero. */
    private boolean installFails() {
        int at = spec.extraFlags().indexOf("--install-command");
        if (at < 0) {
            return false;
        }
        try {
            Process install = new ProcessBuilder(spec.extraFlags().get(at + 1)).start();
            if (!install.waitFor(10, TimeUnit.SECONDS)) {
                install.destroyForcibly();
                return true;
            }
            return install.exitValue() != 0;
        } catch (java.io.IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** ER TC_L_08: the reboot, then InstallationFailed and FirmwareUpdated (unless the fault leaves one out). */
    private void installFailed(int requestId) {
        if (fault != Fault.INSTALL_FAILURE_WITHOUT_REBOOT) {
            try {
                client.closeBlocking();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            connect("FirmwareUpdate");
        }
        worker.execute(() -> {
            call("FirmwareStatusNotification", status("InstallationFailed", requestId));
            if (fault != Fault.INSTALL_FAILURE_WITHOUT_EVENT) {
                call("SecurityEventNotification", event("FirmwareUpdated"));
            }
            if (fault == Fault.INSTALLED_AFTER_FAILURE) {
                call("FirmwareStatusNotification", status("Installed", requestId));
            }
        });
    }

    private JsonObject status(String status, int requestId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("status", status);
        if (fault != Fault.DROP_REQUEST_ID) {
            payload.addProperty("requestId", requestId);
        }
        return payload;
    }

    /** One NotifyReport with DeviceDataCtrlr.ItemsPerMessage of GetReport, GetVariables and SetVariables. */
    private static JsonObject itemsPerMessageReport(int requestId) {
        JsonArray data = new JsonArray();
        for (String instance : new String[] {"GetReport", "GetVariables", "SetVariables"}) {
            JsonObject component = new JsonObject();
            component.addProperty("name", "DeviceDataCtrlr");
            JsonObject variable = new JsonObject();
            variable.addProperty("name", "ItemsPerMessage");
            variable.addProperty("instance", instance);
            JsonObject attribute = new JsonObject();
            attribute.addProperty("value", "10");
            attribute.addProperty("mutability", "ReadOnly");
            JsonArray attributes = new JsonArray();
            attributes.add(attribute);
            JsonObject characteristics = new JsonObject();
            characteristics.addProperty("dataType", "integer");
            characteristics.addProperty("supportsMonitoring", false);
            JsonObject item = new JsonObject();
            item.add("component", component);
            item.add("variable", variable);
            item.add("variableAttribute", attributes);
            item.add("variableCharacteristics", characteristics);
            data.add(item);
        }
        JsonObject payload = new JsonObject();
        payload.addProperty("requestId", requestId);
        payload.addProperty("generatedAt", Instant.now().toString());
        payload.add("reportData", data);
        payload.addProperty("seqNo", 0);
        return payload;
    }

    private static JsonObject report(int requestId) {
        JsonObject component = new JsonObject();
        component.addProperty("name", "OCPPCommCtrlr");
        JsonObject variable = new JsonObject();
        variable.addProperty("name", "OfflineThreshold");
        JsonObject attribute = new JsonObject();
        attribute.addProperty("value", "300");
        JsonArray attributes = new JsonArray();
        attributes.add(attribute);
        JsonObject characteristics = new JsonObject();
        characteristics.addProperty("dataType", "integer");
        characteristics.addProperty("supportsMonitoring", false);
        JsonObject item = new JsonObject();
        item.add("component", component);
        item.add("variable", variable);
        item.add("variableAttribute", attributes);
        item.add("variableCharacteristics", characteristics);
        JsonArray data = new JsonArray();
        data.add(item);
        JsonObject payload = new JsonObject();
        payload.addProperty("requestId", requestId);
        payload.addProperty("generatedAt", Instant.now().toString());
        payload.add("reportData", data);
        payload.addProperty("seqNo", 1);
        return payload;
    }

    private static JsonObject event(String type) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", type);
        payload.addProperty("timestamp", Instant.now().toString());
        return payload;
    }

    /** Sends a CALL and waits for its answer, so only one is outstanding (P4 §4.1.1). */
    private void call(String action, JsonObject payload) {
        if (action.equals("FirmwareStatusNotification")) {
            lastFirmwareStatus = payload;
        }
        calls.call(client::send, action, payload);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        Client current = client;
        if (current != null) {
            current.close();
        }
    }

    private final class Client extends WebSocketClient {
        Client(URI uri) {
            super(uri, new Draft_6455(List.of(), List.of(new Protocol("ocpp2.0.1"))));
            setConnectionLostTimeout(0);
        }

        private volatile boolean opened;

        @Override
        public void onOpen(ServerHandshake handshake) {
            opened = true;
        }

        @Override
        public void onMessage(String message) {
            JsonArray frame = JsonParser.parseString(message).getAsJsonArray();
            if (calls.answered(frame)) {
                return;
            }
            String id = frame.get(1).getAsString();
            String action = frame.get(2).getAsString();
            JsonObject reply = new JsonObject();
            if (action.equals("UpdateFirmware")) {
                reply.addProperty("status", "Accepted");
                send("[3,\"" + id + "\"," + reply + "]");
                JsonObject request = frame.get(3).getAsJsonObject();
                update(
                        request.get("requestId").getAsInt(),
                        request.getAsJsonObject("firmware").get("location").getAsString());
                return;
            }
            if (action.equals("TriggerMessage")
                    && "Heartbeat"
                            .equals(frame.get(3)
                                    .getAsJsonObject()
                                    .get("requestedMessage")
                                    .getAsString())) {
                reply.addProperty("status", "Accepted");
                send("[3,\"" + id + "\"," + reply + "]");
                worker.execute(() -> call("Heartbeat", new JsonObject()));
                return;
            }
            if (action.equals("TriggerMessage")
                    && "FirmwareStatusNotification"
                            .equals(frame.get(3)
                                    .getAsJsonObject()
                                    .get("requestedMessage")
                                    .getAsString())) {
                reply.addProperty("status", "Accepted");
                send("[3,\"" + id + "\"," + reply + "]");
                JsonObject last = lastFirmwareStatus;
                JsonObject idle = new JsonObject();
                idle.addProperty("status", "Idle");
                worker.execute(() -> call("FirmwareStatusNotification", last != null ? last : idle));
                return;
            }
            if (action.equals("Reset")) {
                reply.addProperty("status", "Accepted");
                send("[3,\"" + id + "\"," + reply + "]");
                // The reboot comes after the answer has left, as a station's does (a close queued at once on
                // another thread could overtake the answer on the wire).
                worker.schedule(
                        () -> {
                            if (fault == Fault.FORGETS_FIRMWARE_STATUS_ON_REBOOT) {
                                lastFirmwareStatus = null;
                            }
                            try {
                                client.closeBlocking();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                            BrokenStation.this.connect("RemoteReset");
                        },
                        200,
                        TimeUnit.MILLISECONDS);
                return;
            }
            if (action.equals("GetLog")) {
                JsonObject request = frame.get(3).getAsJsonObject();
                reply.addProperty("status", "Accepted");
                reply.addProperty("filename", "diagnostics.tar.gz");
                send("[3,\"" + id + "\"," + reply + "]");
                int requestId = request.get("requestId").getAsInt();
                int attempts =
                        1 + (request.has("retries") ? request.get("retries").getAsInt() : 0);
                int interval = request.has("retryInterval")
                        ? request.get("retryInterval").getAsInt()
                        : 0;
                URI target = URI.create(
                        request.getAsJsonObject("log").get("remoteLocation").getAsString() + "diagnostics.tar.gz");
                worker.execute(() -> {
                    call("LogStatusNotification", logStatus("Uploading", requestId));
                    uploadAttempt(target, requestId, 1, attempts, interval);
                });
                return;
            }
            if (action.equals("GetBaseReport") && fault == Fault.REPORT_FROM_SEQ_1) {
                reply.addProperty("status", "Accepted");
                send("[3,\"" + id + "\"," + reply + "]");
                int requestId = frame.get(3).getAsJsonObject().get("requestId").getAsInt();
                worker.execute(() -> call("NotifyReport", report(requestId)));
                return;
            }
            if (action.equals("GetReport") && fault == Fault.REPORT_IGNORES_INSTANCE) {
                reply.addProperty("status", "Accepted");
                send("[3,\"" + id + "\"," + reply + "]");
                int requestId = frame.get(3).getAsJsonObject().get("requestId").getAsInt();
                worker.execute(() -> call("NotifyReport", itemsPerMessageReport(requestId)));
                return;
            }
            if (action.equals("SetVariables") && fault == Fault.ACCEPTS_ANY_VALUE) {
                JsonArray results = new JsonArray();
                for (var item : frame.get(3).getAsJsonObject().getAsJsonArray("setVariableData")) {
                    JsonObject data = item.getAsJsonObject();
                    JsonObject result = new JsonObject();
                    result.addProperty("attributeStatus", "Accepted");
                    result.addProperty("attributeType", "Actual");
                    result.add("component", data.get("component"));
                    result.add("variable", data.get("variable"));
                    results.add(result);
                }
                reply.add("setVariableResult", results);
                send("[3,\"" + id + "\"," + reply + "]");
                return;
            }
            send("[4,\"" + id + "\",\"NotSupported\",\"\",{}]");
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            // The CSMS closed a connection that was open (TC_B_57): reconnect with the back-off.
            if (remote && this == client && opened) {
                worker.execute(BrokenStation.this::reconnect);
            }
        }

        @Override
        public void onError(Exception ex) {}
    }
}
