package org.ocppbridge.bridge.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.config.BridgeConfigBuilder;
import org.ocppbridge.bridge.runtime.Bridge;
import org.ocppbridge.bridge.station.StationObserver;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.CsmsSimulatorBuilder;
import org.ocppbridge.simulator.StationConnection;

/**
 * A CSMS simulator and a bridge connected to it over a real WebSocket on 127.0.0.1, with a data and a log
 * directory of their own. Close it to stop both.
 */
public final class BridgeFixture implements AutoCloseable {

    public static final String STATION_ID = "CS-TEST-1";

    public final CsmsSimulator csms;
    public final Path dataDir;
    public final Path logDir;
    private final UnaryOperator<BridgeConfigBuilder> configure;
    private boolean withLogDir = true;
    private Bridge bridge;

    private BridgeFixture(CsmsSimulator csms, Path root, UnaryOperator<BridgeConfigBuilder> configure)
            throws IOException {
        this.csms = csms;
        this.dataDir = Files.createDirectories(root.resolve("data"));
        this.logDir = Files.createDirectories(root.resolve("logs"));
        this.configure = configure;
    }

    /** A simulator with its default replies (boot Accepted) and a bridge with default settings. */
    public static BridgeFixture start(Path root) throws IOException {
        return start(root, UnaryOperator.identity(), UnaryOperator.identity());
    }

    public static BridgeFixture start(
            Path root, UnaryOperator<CsmsSimulatorBuilder> simulator, UnaryOperator<BridgeConfigBuilder> bridge)
            throws IOException {
        return start(root, simulator, csms -> {}, bridge);
    }

    /**
     * As {@link #start(Path, UnaryOperator, UnaryOperator)}, with {@code beforeBridge} applied to the running
     * simulator before the bridge starts (e.g. a BootNotification reply the very first boot must get).
     */
    public static BridgeFixture start(
            Path root,
            UnaryOperator<CsmsSimulatorBuilder> simulator,
            Consumer<CsmsSimulator> beforeBridge,
            UnaryOperator<BridgeConfigBuilder> bridge)
            throws IOException {
        CsmsSimulator csms =
                simulator.apply(CsmsSimulator.builder().defaultReplies(true)).start();
        beforeBridge.accept(csms);
        BridgeFixture fixture = new BridgeFixture(csms, root, bridge);
        try {
            fixture.startBridge();
        } catch (IOException | RuntimeException e) {
            fixture.close();
            throw e;
        }
        return fixture;
    }

    /**
     * As {@link #start(Path)}, but the bridge runs without {@code --log-dir}: no charger logs and no own log file,
     * so a DiagnosticsLog has nothing to collect (N01.FR.05).
     */
    public static BridgeFixture startWithoutLogDir(Path root) throws IOException {
        CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start();
        BridgeFixture fixture = new BridgeFixture(csms, root, UnaryOperator.identity());
        fixture.withLogDir = false;
        try {
            fixture.startBridge();
        } catch (IOException | RuntimeException e) {
            fixture.close();
            throw e;
        }
        return fixture;
    }

    public BridgeConfig config() {
        BridgeConfigBuilder builder = BridgeConfig.builder(URI.create(csms.url()), STATION_ID)
                .dataDir(dataDir)
                .vendor("TestVendor")
                .model("TestModel")
                .firmwareVersion("1.0.0")
                .retryBackOffWaitMinimum(Duration.ofSeconds(1))
                .retryBackOffRandomRange(Duration.ZERO)
                .retryBackOffRepeatTimes(0);
        if (withLogDir) {
            builder.logDir(logDir);
        }
        return configure.apply(builder).build();
    }

    /** Starts a bridge (again, after {@link #stopBridge}). */
    public void startBridge() throws IOException {
        bridge = new Bridge(config(), Clock.systemUTC(), StationObserver.NONE);
        bridge.start();
    }

    /** A clean stop of the bridge; the simulator stays. */
    public void stopBridge() {
        if (bridge != null) {
            bridge.close();
            bridge = null;
        }
    }

    public Bridge bridge() {
        return bridge;
    }

    /** The next station connection. */
    public StationConnection station() {
        return csms.awaitStation(Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        stopBridge();
        csms.close();
    }
}
