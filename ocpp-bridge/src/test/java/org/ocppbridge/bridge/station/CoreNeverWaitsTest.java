package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.certificates.CertificateStore;
import org.ocppbridge.bridge.certificates.InstallCertificateCheck;
import org.ocppbridge.bridge.devicemodel.ConnectionFacts;
import org.ocppbridge.bridge.devicemodel.ConnectionTuning;
import org.ocppbridge.bridge.queue.DurableQueue;
import org.ocppbridge.bridge.queue.QueueListener;
import org.ocppbridge.bridge.rpc.CallFailedException;
import org.ocppbridge.bridge.rpc.RpcObserver;
import org.ocppbridge.bridge.system.Decision;
import org.ocppbridge.bridge.testing.FakeChargerSystem;
import org.ocppbridge.bridge.testing.VirtualScheduler;
import org.ocppbridge.mappings.ocpp.ChargingStationType;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.schemas.JsonSchemas;

/**
 * Issue 13: the protocol core never waits for the charger's system. The whole station runs in virtual time on a
 * core that is the test's own scheduler; the system takes its time to decide an UpdateFirmware. Meanwhile the
 * station's own CALL times out exactly on time, the status the system reports at once waits, and when the system
 * has decided, the CALLRESULT leaves first and the status after it (reply first, act second).
 */
class CoreNeverWaitsTest {

    private static final JsonSchemas SCHEMAS = new JsonSchemas();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final VirtualScheduler core = new VirtualScheduler();
    private final FakeChargerSystem system = new FakeChargerSystem();
    private final List<String> sent = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private DurableQueue queue;
    private Station station;

    @BeforeEach
    void bootAccepted() throws Exception {
        queue = DurableQueue.open(dir.resolve("queue"), 100, core.clock(), QueueListener.logging());
        StationObserver observer = new StationObserver() {
            @Override
            public void unexpectedError(String where, Throwable error) {
                failures.add(error);
            }
        };
        station = new Station(
                new Station.Services(core, core.clock(), SCHEMAS, observer, RpcObserver.NONE),
                system,
                // The certificate handlers are not exercised here; their worker runs tasks where they are handed over.
                new CertificatePlane(
                        CertificateStore.open(dir.resolve("certificates"), core.clock()),
                        Runnable::run,
                        new InstallCertificateCheck.Limits(10000, 20),
                        "CS-1",
                        List.of()),
                new ConnectionFacts(
                        0,
                        "CS-1",
                        null,
                        new ConnectionTuning() {
                            @Override
                            public void retryBackOff(int waitMinimumSeconds, int randomRangeSeconds, int repeatTimes) {}

                            @Override
                            public void webSocketPingInterval(int seconds) {}
                        },
                        new ConnectionFacts.BackOff(1, 0, 0),
                        0),
                queue,
                (time, type, info) -> {},
                new StationSettings(
                        new ChargingStationType(null, "M", null, "V", "1"),
                        BootReason.PowerUp,
                        CALL_TIMEOUT,
                        Duration.ofSeconds(300),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5),
                        dir.resolve("device-model.properties"),
                        dir.resolve("firmware-status.last"),
                        dir.resolve("reset.scheduled")));
        core.execute(station::start);
        core.execute(() -> station.connected(sent::add));
        core.runUntilIdle();
        answer(
                expectCall("BootNotification"),
                "{\"currentTime\":\"2026-01-01T00:00:00Z\",\"interval\":300," + "\"status\":\"Accepted\"}");
        answer(expectCall("SecurityEventNotification"), "{}");
        sent.clear();
    }

    @AfterEach
    void close() throws Exception {
        queue.close();
    }

    private JsonArray last() {
        return JsonParser.parseString(sent.get(sent.size() - 1)).getAsJsonArray();
    }

    private JsonArray expectCall(String action) {
        JsonArray frame = last();
        assertEquals(2, frame.get(0).getAsInt(), frame.toString());
        assertEquals(action, frame.get(2).getAsString(), frame.toString());
        return frame;
    }

    private void answer(JsonArray call, String payload) {
        core.execute(() -> station.received("[3,\"" + call.get(1).getAsString() + "\"," + payload + "]"));
        core.runUntilIdle();
    }

    private void receive(String frame) {
        core.execute(() -> station.received(frame));
        core.runUntilIdle();
    }

    @Test
    void while_the_system_decides_a_call_times_out_on_time_and_the_answer_leaves_before_the_work_it_started() {
        CompletableFuture<Decision<UpdateFirmwareResponse>> decision = new CompletableFuture<>();
        system.firmwareDecision = decision;

        // A Heartbeat of ours that the CSMS leaves unanswered.
        receive("[2,\"t1\",\"TriggerMessage\",{\"requestedMessage\":\"Heartbeat\"}]");
        expectCall("Heartbeat");
        Duration heartbeatSentAt = core.elapsed();

        // The CSMS asks for an update; the system takes its time.
        receive("[2,\"u1\",\"UpdateFirmware\",{\"requestId\":5,\"firmware\":{\"location\":\"https://fw.example/f\","
                + "\"retrieveDateTime\":\"2030-01-01T00:00:00Z\"}}]");
        int framesBefore = sent.size();
        // The system starts at once and reports Downloading before it has even decided: that status waits.
        system.report(FirmwareUpdateStatusEnum.Downloading, 5);
        core.runUntilIdle();
        assertEquals(framesBefore, sent.size(), "nothing goes out before UpdateFirmware is answered: " + sent);

        // The Heartbeat's time-out fires on time, on the core thread that nobody blocks.
        core.advanceBy(heartbeatSentAt.plus(CALL_TIMEOUT).minus(core.elapsed()).minusMillis(1));
        assertTrue(failures.isEmpty(), "not before its time-out: " + failures);
        core.advanceBy(Duration.ofMillis(1));
        CallFailedException timedOut = assertInstanceOf(CallFailedException.class, failures.get(0));
        assertEquals(CallFailedException.Reason.TIMED_OUT, timedOut.reason());

        // The system decides: the CALLRESULT first, then the status it reported.
        decision.complete(Decision.of(UpdateFirmwareResponse.Accepted));
        core.runUntilIdle();
        JsonArray result = JsonParser.parseString(sent.get(framesBefore)).getAsJsonArray();
        assertEquals("[3,\"u1\",{\"status\":\"Accepted\"}]", result.toString());
        JsonArray status = JsonParser.parseString(sent.get(framesBefore + 1)).getAsJsonArray();
        assertEquals("FirmwareStatusNotification", status.get(2).getAsString());
        assertEquals(
                "Downloading", status.get(3).getAsJsonObject().get("status").getAsString());
        assertEquals(5, status.get(3).getAsJsonObject().get("requestId").getAsInt());
    }
}
