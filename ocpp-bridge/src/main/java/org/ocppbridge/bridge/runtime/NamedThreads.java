package org.ocppbridge.bridge.runtime;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;

/** Thread factories and executors whose threads carry a name (every thread of the bridge is named). */
final class NamedThreads {

    private NamedThreads() {}

    static ThreadFactory factory(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A single-thread scheduler that drops cancelled timers at once (heartbeats and time-outs are cancelled a lot). */
    static ScheduledThreadPoolExecutor singleThreadScheduler(String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, factory(name));
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }
}
