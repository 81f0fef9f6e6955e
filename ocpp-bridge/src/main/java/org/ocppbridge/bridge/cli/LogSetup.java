package org.ocppbridge.bridge.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Date;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.logs.RotatingLogOutput;

/**
 * Sets up the bridge's log before the first logger exists: SLF4J simple, each line starting with an ISO-8601
 * timestamp (so GetLog can cut the log to a time window), on standard error and, when {@code --log-dir} is set,
 * appended to {@code <log-dir>/ocpp-bridge.log} too, rotated by size.
 */
final class LogSetup {

    /** Each line's timestamp (SLF4J simple formats it with a {@link SimpleDateFormat}). */
    private static final String DATE_TIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

    private LogSetup() {}

    /**
     * What the first log line costs the JDK before SLF4J is touched: its first {@link SimpleDateFormat} loads the
     * locale's calendar and number data and the time zone, measured at 20–80 ms in a fresh JVM. Done on the
     * start-up warm-up thread while the main thread reads the command line (issue 18); it logs nothing, so the
     * settings {@link #configure} makes still decide the log's format.
     */
    static void warmUpDateFormat() {
        new SimpleDateFormat(DATE_TIME_FORMAT).format(new Date());
    }

    static void configure(BridgeConfig config) throws IOException {
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", DATE_TIME_FORMAT);
        // The levels are defaults a -D flag may override (e.g. -Dorg.slf4j.simpleLogger.defaultLogLevel=debug);
        // the line format is not: GetLog cuts the log to a time window by the timestamp each line starts with.
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        if (System.getProperty("org.slf4j.simpleLogger.log.org.java_websocket") == null) {
            // The library logs a peer's invalid frame (bad UTF-8, too large) at ERROR with a stack trace; the
            // bridge's own line about the lost connection names the reason in one line (issue 15).
            setIfAbsent("org.slf4j.simpleLogger.log.org.java_websocket.WebSocketImpl", "off");
        }
        setIfAbsent("org.slf4j.simpleLogger.log.org.java_websocket", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        if (config.logDir().isPresent()) {
            // Rotated by size, a bounded number of files (issue 15, point 2): see RotatingLogOutput.
            OutputStream out = RotatingLogOutput.open(config.logDir().get());
            System.setErr(new PrintStream(new Tee(System.err, out), true, StandardCharsets.UTF_8));
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Writes to the console and the log file alike. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final OutputStream file;

        Tee(OutputStream console, OutputStream file) {
            this.console = console;
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            console.write(b);
            file.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            console.write(b, off, len);
            file.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            console.flush();
            file.flush();
        }
    }
}
