package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.DefaultReplies;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * Issue 3, durable queue: notifications queued while the CSMS does not answer survive a SIGKILL and arrive after
 * the restart, each once, in the order they were raised.
 */
class DurableQueueIT {

    @RegisterExtension
    final BridgeProcesses processes = new BridgeProcesses();

    @TempDir
    Path home;

    /**
     * The CSMS answers no notification before the kill, so the first one (the boot's security event) stays in
     * flight and everything after it waits in the queue. Each status is known to be on disk before the kill: an
     * Uploaded is written before the log service deletes its pending-upload file (the test waits for that), an
     * Uploading before the upload's body reaches the receiver, and the triggered statuses before the bridge
     * answers the next CALL (one core thread). The in-flight notification is sent a second time after the
     * restart: the CSMS never answered it, and at-least-once delivery must send it again; its payload is the
     * same, so the CSMS can recognise it. Every notification is answered exactly once.
     */
    @Test
    void notifications_queued_before_SIGKILL_arrive_after_the_restart_once_each_in_order() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().start();
                UploadReceiver receiver = UploadReceiver.start(home.resolve("received"), Duration.ofSeconds(20))) {
            csms.autoReply(
                    "BootNotification",
                    request -> DefaultReplies.bootNotification("Accepted", 300, java.time.Instant.now()));
            csms.autoReply("Heartbeat", request -> DefaultReplies.heartbeat(java.time.Instant.now()));
            BridgeStation station = new BridgeStation(csms.url(), "CS-QUEUE", home);
            // The unanswered CALL must not time out during the test: the in-flight notification stays in flight.
            StationProcess first = processes.start(station, "--call-timeout", "300");

            StationConnection before = Wire.awaitBoot(csms, first, "PowerUp");
            IncomingCall inFlight = Wire.expectSecurityEvent(before, "StartupOfTheDevice");

            assertEquals("Accepted", Wire.status(before.call("GetLog", Wire.getLog(101, receiver.uri("/logs/")))));
            receiver.awaitUpload(Wire.STEP);
            awaitUploadEnded(station);
            assertEquals("Accepted", Wire.status(before.call("GetLog", Wire.getLog(102, receiver.uri("/logs/")))));
            receiver.awaitUpload(Wire.STEP);
            awaitUploadEnded(station);
            receiver.mode(UploadReceiver.Mode.SLOW);
            assertEquals("Accepted", Wire.status(before.call("GetLog", Wire.getLog(103, receiver.uri("/logs/")))));
            receiver.awaitHolding(Wire.STEP);
            assertEquals(
                    "Accepted", Wire.status(before.call("TriggerMessage", Wire.trigger("FirmwareStatusNotification"))));
            assertEquals("Accepted", Wire.status(before.call("TriggerMessage", Wire.trigger("LogStatusNotification"))));
            Wire.barrier(before);
            // Nothing else left the station: the queue holds everything behind the unanswered CALL.
            before.assertNoMoreCalls(Duration.ZERO);

            first.sigkill();
            before.awaitClose(Wire.STEP);
            receiver.mode(UploadReceiver.Mode.CREATED);
            receiver.release();
            for (String action :
                    List.of("SecurityEventNotification", "LogStatusNotification", "FirmwareStatusNotification")) {
                csms.autoReply(action, request -> new JsonObject());
            }
            StationProcess second = processes.start(station, "--call-timeout", "300");

            StationConnection after = Wire.awaitBoot(csms, second, "Watchdog");
            List<IncomingCall> delivered = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                delivered.add(after.nextCall(Wire.STEP));
            }
            assertEquals(inFlight.payload(), delivered.get(0).payload(), "the in-flight notification again");
            Wire.assertStatus(delivered.get(1), "LogStatusNotification", "Uploading", 101);
            Wire.assertStatus(delivered.get(2), "LogStatusNotification", "Uploaded", 101);
            Wire.assertStatus(delivered.get(3), "LogStatusNotification", "Uploading", 102);
            Wire.assertStatus(delivered.get(4), "LogStatusNotification", "Uploaded", 102);
            Wire.assertStatus(delivered.get(5), "LogStatusNotification", "Uploading", 103);
            // Triggered before the kill: F06 / L01.FR.25 Idle without requestId, N01 the running upload's status.
            Wire.assertStatus(delivered.get(6), "FirmwareStatusNotification", "Idle", null);
            Wire.assertStatus(delivered.get(7), "LogStatusNotification", "Uploading", 103);
            // The new life: its boot's security event, then the interrupted upload resumed to its end.
            assertEquals(
                    "SecurityEventNotification",
                    delivered.get(8).action(),
                    delivered.get(8).toString());
            assertEquals("ResetOrReboot", delivered.get(8).payload().get("type").getAsString());
            Wire.assertStatus(delivered.get(9), "LogStatusNotification", "Uploading", 103);
            Wire.assertStatus(delivered.get(10), "LogStatusNotification", "Uploaded", 103);
            after.assertNoMoreCalls(Duration.ofSeconds(1));
            before.assertNoViolations();
            after.assertNoViolations();
        }
    }

    /**
     * Waits until the log service has deleted its pending-upload file: it does so after the final status was
     * written to the queue, under the lock that also decides the next GetLog's answer. The receiver having the
     * file is not enough: the bridge may not have read the 201 yet.
     */
    private static void awaitUploadEnded(BridgeStation station) throws IOException, InterruptedException {
        Path workDir = station.dataDir().resolve("log-upload");
        Path pending = workDir.resolve("pending-upload.properties");
        long deadline = System.nanoTime() + Wire.STEP.toNanos();
        try (WatchService watcher = workDir.getFileSystem().newWatchService()) {
            workDir.register(watcher, StandardWatchEventKinds.ENTRY_DELETE);
            while (Files.exists(pending)) {
                long left = deadline - System.nanoTime();
                WatchKey key = watcher.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (key == null) {
                    throw new AssertionError(pending + " still there after " + Wire.STEP);
                }
                key.pollEvents();
                key.reset();
            }
        }
    }
}
