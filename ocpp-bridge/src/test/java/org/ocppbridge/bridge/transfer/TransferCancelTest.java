package org.ocppbridge.bridge.transfer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The cancel signal's cut: made aside, and made again while the transfer has not reported its connection closed. */
class TransferCancelTest {

    @Test
    void a_cut_that_missed_is_made_again_until_the_connection_is_cleared_N01_FR_12() throws Exception {
        // HttpURLConnection cut between the request body and the response read opens a fresh connection and waits
        // for the read time-out: the first cut "misses"; the second one must come without a new cancel().
        TransferCancel cancel = new TransferCancel();
        CountDownLatch secondCut = new CountDownLatch(2);
        cancel.onCancelRepeated(secondCut::countDown);

        cancel.cancel();

        assertTrue(secondCut.await(5, TimeUnit.SECONDS), "the cut was made again while the transfer still ran");
        cancel.clear();
        assertTrue(awaitAborterEnd(5), "the ocpp-transfer-abort thread ends once the connection is cleared");
    }

    @Test
    void a_cut_registered_after_the_cancel_runs_at_once_and_ends_with_the_clear() throws Exception {
        TransferCancel cancel = new TransferCancel();
        cancel.cancel();
        CountDownLatch cut = new CountDownLatch(1);

        cancel.onCancelRepeated(cut::countDown);

        assertTrue(cut.await(5, TimeUnit.SECONDS));
        cancel.clear();
        assertTrue(awaitAborterEnd(5), "the ocpp-transfer-abort thread ends once the connection is cleared");
    }

    private static boolean awaitAborterEnd(long seconds) throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("ocpp-transfer-abort")) {
                t.join(TimeUnit.SECONDS.toMillis(seconds));
                if (t.isAlive()) {
                    return false;
                }
            }
        }
        return true;
    }
}
