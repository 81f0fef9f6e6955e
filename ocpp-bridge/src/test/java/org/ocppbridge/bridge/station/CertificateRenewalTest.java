package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.certificates.CertificateStore;
import org.ocppbridge.bridge.certificates.InstallCertificateCheck;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.json.OcppGson;
import org.ocppbridge.bridge.queue.DurableQueue;
import org.ocppbridge.bridge.queue.QueueListener;
import org.ocppbridge.bridge.rpc.RpcObserver;
import org.ocppbridge.bridge.rpc.RpcSession;
import org.ocppbridge.bridge.testing.VirtualScheduler;
import org.ocppbridge.schemas.JsonSchemas;

/**
 * The SignCertificateRequest resends of A02.FR.17/18 (TC_A_23) in virtual time: the core thread and the certificate
 * worker are one {@link VirtualScheduler}, the CSMS is the RPC session's frame sink (every frame the station sends)
 * and its answers fed back as text. The wait starts at CertSigningWaitMinimum and doubles; CertSigningRepeatTimes
 * counts the doublings, as TC_A_23 reads it (RepeatTimes 1: resends after W and after 2W); a new trigger starts over;
 * a Rejected SignCertificateResponse ends the attempt (the CSMS will not sign it: TC_A_15).
 */
class CertificateRenewalTest {

    private static final Duration W = Duration.ofSeconds(60);
    private static final Duration MS = Duration.ofMillis(1);

    @TempDir
    Path dir;

    private final VirtualScheduler core = new VirtualScheduler();
    private final List<String> sent = new ArrayList<>();
    private final AtomicInteger repeatTimes = new AtomicInteger(1);
    private DurableQueue queue;
    private RpcSession rpc;
    private CertificateRenewal renewal;

    @BeforeEach
    void setUp() throws Exception {
        queue = DurableQueue.open(dir.resolve("queue"), 100, core.clock(), QueueListener.logging());
        rpc = new RpcSession(core, new JsonSchemas(), OcppGson.create(), Duration.ofSeconds(30), RpcObserver.NONE);
        rpc.attach(sent::add);
        StationContext context = new StationContext(core, core.clock(), rpc, OcppGson.create(), StationObserver.NONE);
        CertificatePlane plane = new CertificatePlane(
                CertificateStore.open(dir.resolve("certificates"), core.clock()),
                core,
                new InstallCertificateCheck.Limits(5, 20),
                "CS-RENEW",
                List.of());
        SecurityEvents events = new SecurityEvents(
                core.clock(), (at, type, techInfo) -> {}, new Outbox(context, queue, Duration.ofSeconds(5)));
        renewal = new CertificateRenewal(
                context, plane, () -> new DeviceModel.SigningSettings(W, repeatTimes.get(), "Org"), events);
    }

    @AfterEach
    void tearDown() throws Exception {
        queue.close();
    }

    @Test
    void A02FR17_FR18_TC_A_23_with_RepeatTimes_1_the_request_is_resent_after_W_then_after_2W_and_then_no_more() {
        repeatTimes.set(1); // TC_A_23's configuration
        renewal.start();
        core.runUntilIdle();
        answer(requestsSent(1), "Accepted"); // step 3, 4

        assertResentAfter(W, 2); // step 6: not before W (step 5)
        answer(requestsSent(2), "Accepted");
        assertResentAfter(W.multipliedBy(2), 3); // step 9: not before 2W (step 8)
        answer(requestsSent(3), "Accepted");

        // RepeatTimes 1 is used up: nothing more, however long no CertificateSigned comes.
        core.advanceBy(Duration.ofDays(7));
        requestsSent(3);
    }

    @Test
    void A02FR18_the_wait_doubles_from_CertSigningWaitMinimum_for_each_of_the_RepeatTimes() {
        repeatTimes.set(3);
        renewal.start();
        core.runUntilIdle();
        answer(requestsSent(1), "Accepted");
        int count = 1;
        for (int doubling = 0; doubling <= 3; doubling++) {
            assertResentAfter(W.multipliedBy(1L << doubling), ++count);
            answer(requestsSent(count), "Accepted");
        }
        core.advanceBy(Duration.ofDays(7));
        assertEquals(5, requestsSent(5).size(), "the first request and RepeatTimes + 1 resends");
    }

    @Test
    void F06_a_new_trigger_starts_over_from_CertSigningWaitMinimum() {
        repeatTimes.set(1);
        renewal.start();
        core.runUntilIdle();
        answer(requestsSent(1), "Accepted");
        assertResentAfter(W, 2);
        answer(requestsSent(2), "Accepted");

        core.advanceBy(W); // half-way through the 2W wait, the CSMS triggers again
        renewal.start();
        core.runUntilIdle();
        answer(requestsSent(3), "Accepted"); // sent at once
        // The old attempt's timer is gone (nothing at its 2W), and the new one waits W, then 2W, again.
        assertResentAfter(W, 4);
        answer(requestsSent(4), "Accepted");
        assertResentAfter(W.multipliedBy(2), 5);
        answer(requestsSent(5), "Accepted");
        core.advanceBy(Duration.ofDays(7));
        requestsSent(5);
    }

    @Test
    void TC_A_15_a_Rejected_SignCertificateResponse_ends_the_attempt() {
        repeatTimes.set(3);
        renewal.start();
        core.runUntilIdle();
        answer(requestsSent(1), "Accepted");
        assertResentAfter(W, 2);
        answer(requestsSent(2), "Rejected"); // the CSMS will not have it signed: no CertificateSigned will come

        core.advanceBy(Duration.ofDays(7));
        requestsSent(2);

        // A later trigger is a new attempt, as the first one was.
        renewal.start();
        core.runUntilIdle();
        answer(requestsSent(3), "Accepted");
        assertResentAfter(W, 4);
    }

    /** Nothing is resent a millisecond before {@code wait} has passed, and the resend is there at {@code wait}. */
    private void assertResentAfter(Duration wait, int expectedCount) {
        core.advanceBy(wait.minus(MS));
        requestsSent(expectedCount - 1);
        core.advanceBy(MS);
        requestsSent(expectedCount);
    }

    /** Every SignCertificate CALL sent so far, which must be {@code count}; the last one is the newest. */
    private List<JsonArray> requestsSent(int count) {
        List<JsonArray> calls = new ArrayList<>();
        for (String text : sent) {
            JsonArray frame = JsonParser.parseString(text).getAsJsonArray();
            if (frame.get(0).getAsInt() == 2 && frame.get(2).getAsString().equals("SignCertificate")) {
                JsonArray call = frame;
                assertEquals(
                        "ChargingStationCertificate",
                        call.get(3).getAsJsonObject().get("certificateType").getAsString());
                assertTrue(
                        call.get(3).getAsJsonObject().get("csr").getAsString().contains("CERTIFICATE REQUEST"));
                calls.add(call);
            }
        }
        assertEquals(count, calls.size(), "SignCertificate requests after " + core.elapsed() + ": " + calls.size());
        return calls;
    }

    private void answer(List<JsonArray> calls, String status) {
        String id = calls.get(calls.size() - 1).get(1).getAsString();
        rpc.onText("[3,\"" + id + "\",{\"status\":\"" + status + "\"}]");
        core.runUntilIdle();
    }
}
