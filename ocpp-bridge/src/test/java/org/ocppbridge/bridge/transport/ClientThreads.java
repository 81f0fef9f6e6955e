package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Checks that the connector's threads end with their connections (bounded joins, no sleeping). */
final class ClientThreads {

    private ClientThreads() {}

    static void assertAllEnded() throws InterruptedException {
        List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
                .filter(t ->
                        t.getName().startsWith("ocpp-ws-read-") || t.getName().startsWith("WebSocketWriteThread-"))
                .toList();
        for (Thread thread : threads) {
            thread.join(5000);
        }
        assertEquals(
                List.of(),
                threads.stream().filter(Thread::isAlive).map(Thread::getName).toList(),
                "client threads still running");
    }
}
