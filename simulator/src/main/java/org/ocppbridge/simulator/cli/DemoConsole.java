package org.ocppbridge.simulator.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.conformance.FirmwareMaterial;
import org.ocppbridge.simulator.console.Console;
import org.ocppbridge.simulator.console.ConsoleSettings;
import org.ocppbridge.simulator.demo.Demo;

/** {@code --console} of the demo: the web console over the demo's simulator, open until Ctrl-C after the demo. */
final class DemoConsole implements Demo.Watcher, AutoCloseable {

    private final int port;
    private final PrintStream out;
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private Console console;

    DemoConsole(int port, PrintStream out) {
        this.port = port;
        this.out = out;
    }

    @Override
    public void started(CsmsSimulator csms, FirmwareMaterial firmware, Path dir) throws IOException {
        console = Console.start(
                csms, new ConsoleSettings(ConsoleSettings.DEFAULT_HOST, port, dir.resolve("console"), null), firmware);
        out.println("console: " + console.url());
        out.flush();
    }

    @Override
    public void finished() throws InterruptedException {
        out.println("the demo ended; the console stays open at " + console.url() + " (Ctrl-C to stop)");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(interrupted::countDown, "simulator-console-shutdown"));
        interrupted.await();
    }

    @Override
    public void close() {
        if (console != null) {
            console.close();
        }
    }
}
