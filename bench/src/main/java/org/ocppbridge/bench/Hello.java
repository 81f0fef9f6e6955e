package org.ocppbridge.bench;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The JVM floor the start and memory figures are compared with: prints a line and exits, or with {@code idle}
 * prints the line and then waits (at most 10 minutes), so its resident set can be read like the bridge's.
 */
public final class Hello {

    private static final long IDLE_LIMIT_MINUTES = 10;

    private Hello() {}

    public static void main(String[] args) throws InterruptedException, IOException {
        System.out.println("hello");
        // Its own CPU time at the end (the bridge's is read the same way, from /proc/<pid>/stat).
        System.out.println("cpu " + ProcStatus.cpuMillis(ProcessHandle.current().pid()));
        System.out.flush();
        if (args.length > 0 && args[0].equals("idle")) {
            new CountDownLatch(1).await(IDLE_LIMIT_MINUTES, TimeUnit.MINUTES);
        }
    }
}
