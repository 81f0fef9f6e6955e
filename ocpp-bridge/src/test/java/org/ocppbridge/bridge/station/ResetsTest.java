package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.json.OcppGson;
import org.ocppbridge.bridge.queue.DurableQueue;
import org.ocppbridge.bridge.queue.QueueListener;
import org.ocppbridge.bridge.rpc.RpcObserver;
import org.ocppbridge.bridge.rpc.RpcSession;
import org.ocppbridge.bridge.testing.FakeChargerSystem;
import org.ocppbridge.bridge.testing.VirtualScheduler;
import org.ocppbridge.mappings.system.ResetType;
import org.ocppbridge.schemas.JsonSchemas;

/** A scheduled reset (B12.FR.01) on a virtual core thread, with a real (empty) durable queue. */
class ResetsTest {

    @TempDir
    Path dir;

    private final VirtualScheduler core = new VirtualScheduler();
    private final FakeChargerSystem system = new FakeChargerSystem();
    private final AtomicBoolean busy = new AtomicBoolean(true);
    /** Answers "idle" this many times, then the value of {@link #busy} again: a moment of idleness. */
    private final AtomicInteger idleAnswers = new AtomicInteger();

    private DurableQueue queue;
    private Resets resets;

    @BeforeEach
    void setUp() throws Exception {
        queue = DurableQueue.open(dir.resolve("queue"), 100, core.clock(), QueueListener.logging());
        RpcSession rpc =
                new RpcSession(core, new JsonSchemas(), OcppGson.create(), Duration.ofSeconds(30), RpcObserver.NONE);
        StationContext context = new StationContext(core, core.clock(), rpc, OcppGson.create(), StationObserver.NONE);
        Outbox outbox = new Outbox(context, queue, Duration.ofSeconds(5));
        resets = new Resets(
                context,
                system,
                outbox,
                () -> idleAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? false : busy.get(),
                Duration.ofSeconds(5),
                new ScheduledResetFile(dir.resolve("reset.scheduled")));
    }

    @AfterEach
    void tearDown() throws Exception {
        queue.close();
    }

    @Test
    void B12FR01_a_reset_answered_Scheduled_is_kept_on_disk_for_the_owner_only() throws Exception {
        resets.keepScheduled(ResetType.NotSpecified);
        Path kept = dir.resolve("reset.scheduled");
        assertEquals("NotSpecified\n", Files.readString(kept));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(kept));
    }

    @Test
    void B12FR01_an_idle_moment_that_ends_before_the_reset_goes_through_is_waited_out() throws Exception {
        resets.resetWhenIdle(ResetType.NotSpecified);
        core.runUntilIdle();
        assertTrue(system.commands.isEmpty(), "busy: the reset waits");

        // A superseded upload's AcceptedCanceled (or a failed attempt's status) looks idle when it is checked, and
        // the next upload's Uploading makes the station busy again before the reset's turn comes.
        idleAnswers.set(1);
        resets.statusChanged();
        core.runUntilIdle();
        core.advanceBy(Duration.ofSeconds(10));
        assertTrue(system.commands.isEmpty(), "still busy when the reset would go through: " + system.commands);

        busy.set(false);
        resets.statusChanged();
        core.runUntilIdle();
        assertEquals("reset NotSpecified scheduled=true", system.nextCommand());
    }
}
