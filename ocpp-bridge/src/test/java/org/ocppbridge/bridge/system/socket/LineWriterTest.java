package org.ocppbridge.bridge.system.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A charger that does not read never makes the bridge's caller wait (issue 13: the core thread never waits). */
class LineWriterTest {

    private final Pipe pipe;
    private final AtomicInteger closed = new AtomicInteger();
    private final LineWriter writer;

    LineWriterTest() throws IOException {
        pipe = Pipe.open();
        writer = new LineWriter(pipe.sink(), "test", closed::incrementAndGet);
        writer.start();
    }

    @AfterEach
    void stop() throws IOException {
        writer.stop();
        pipe.sink().close();
        pipe.source().close();
    }

    @Test
    void lines_arrive_in_order_each_with_its_newline() throws IOException {
        assertTrue(writer.send("{\"id\":\"b-1\"}"));
        assertTrue(writer.send("{\"id\":\"b-2\"}"));
        writer.finish(Duration.ofSeconds(5));
        ByteBuffer read = ByteBuffer.allocate(64);
        while (read.position() < 26) {
            pipe.source().read(read);
        }
        assertEquals("{\"id\":\"b-1\"}\n{\"id\":\"b-2\"}\n", new String(read.array(), 0, 26, StandardCharsets.UTF_8));
        assertFalse(writer.send("late"), "nothing is taken after finish");
    }

    @Test
    void a_charger_that_never_reads_is_closed_once_its_lines_pile_up_and_no_send_ever_blocks() {
        // 64 KiB lines fill the pipe's buffer at once: the writer thread blocks, the senders never do.
        String big = "x".repeat(64 * 1024);
        int accepted = 0;
        while (writer.send(big)) {
            accepted++;
            assertTrue(accepted <= LineWriter.MAX_WAITING + 2, "the queue is bounded");
        }
        assertTrue(accepted >= LineWriter.MAX_WAITING, "took " + accepted);
        assertEquals(1, closed.get(), "the connection is closed: the charger is not reading");
    }
}
