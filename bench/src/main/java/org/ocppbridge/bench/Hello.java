package org.ocppbridge.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The JVM floor the start and memory figures are compared with: prints a line and exits, or with {@code idle}
 * prints the line and then waits (at most 10 minutes), so its resident set can be read like the bridge's.
 */
public final class Hello {

    private static final long IDLE_LIMIT_MINUTES = 10;

    private Hello() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("hello");
        System.out.flush();
        if (args.length > 0 && args[0].equals("idle")) {
            new CountDownLatch(1).await(IDLE_LIMIT_MINUTES, TimeUnit.MINUTES);
        }
    }
}
