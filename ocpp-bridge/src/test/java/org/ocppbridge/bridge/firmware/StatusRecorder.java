package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;

/** Records the statuses an updater reports, and checks their exact order with bounded waits. */
final class StatusRecorder implements Consumer<FirmwareUpdateStatus> {

    private static final long WAIT_SECONDS = 15;
    private final BlockingQueue<FirmwareUpdateStatus> statuses = new LinkedBlockingQueue<>();

    @Override
    public void accept(FirmwareUpdateStatus status) {
        statuses.add(status);
    }

    /** The next statuses are exactly these, in this order, all with {@code requestId}. */
    void expect(int requestId, FirmwareUpdateStatusEnum... expected) throws InterruptedException {
        for (int i = 0; i < expected.length; i++) {
            FirmwareUpdateStatus next = statuses.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(next, "no status #" + (i + 1) + " of " + Arrays.toString(expected));
            assertEquals(
                    new FirmwareUpdateStatus(expected[i], requestId),
                    next,
                    "status #" + (i + 1) + " of " + Arrays.toString(expected));
        }
    }

    /** Nothing else was reported; call it after a barrier ({@link FirmwareFixture#assertNoMoreStatuses()}). */
    void assertNoneWaiting() {
        assertNull(statuses.poll(), "unexpected status");
    }
}
