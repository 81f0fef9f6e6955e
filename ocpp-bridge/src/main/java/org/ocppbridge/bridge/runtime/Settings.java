package org.ocppbridge.bridge.runtime;

import java.time.Duration;
import java.util.List;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.config.ListenAddress;
import org.ocppbridge.bridge.config.LogUploadFailureReport;
import org.ocppbridge.bridge.config.LogUploadMethod;
import org.ocppbridge.bridge.firmware.FirmwareConfig;
import org.ocppbridge.bridge.logs.HttpLogUploader;
import org.ocppbridge.bridge.logs.LogUploadSettings;
import org.ocppbridge.bridge.station.StationSettings;
import org.ocppbridge.bridge.system.socket.SystemSocketSettings;
import org.ocppbridge.bridge.transport.RetryBackOff;
import org.ocppbridge.bridge.transport.TransportConfig;
import org.ocppbridge.mappings.ocpp.ChargingStationType;
import org.ocppbridge.mappings.system.BootReason;

/** The one place where the parsed configuration becomes each component's settings. */
final class Settings {

    /** How long a reset waits for queued notifications to leave before the system resets. */
    static final Duration RESET_FLUSH_LIMIT = Duration.ofSeconds(5);
    /** Wait before resending a notification whose CALL timed out. */
    static final Duration NOTIFICATION_RETRY = Duration.ofSeconds(5);

    /** The device model's written values, in the data directory. */
    static final String DEVICE_MODEL_FILE = "device-model.properties";
    /** The last firmware status reported, in the data directory (L01.FR.26 after a restart). */
    static final String LAST_FIRMWARE_STATUS_FILE = "firmware-status.last";

    private Settings() {}

    static StationSettings station(BridgeConfig config, BootReason bootReason) {
        return new StationSettings(
                new ChargingStationType(
                        null,
                        config.model(),
                        null,
                        config.vendor(),
                        config.firmwareVersion().orElse(null)),
                bootReason,
                config.callTimeout(),
                config.heartbeatIntervalDefault(),
                config.bootRetryDefault(),
                RESET_FLUSH_LIMIT,
                NOTIFICATION_RETRY,
                config.dataDir().resolve(DEVICE_MODEL_FILE),
                config.dataDir().resolve(LAST_FIRMWARE_STATUS_FILE));
    }

    static TransportConfig transport(BridgeConfig config) {
        TransportConfig transport = TransportConfig.of(config.connectionUrl());
        if (config.basicAuthPassword().isPresent()) {
            transport = transport.withBasicAuth(
                    config.stationId(), config.basicAuthPassword().get());
        }
        if (config.csmsCa().isPresent()) {
            transport = transport.withCsmsCa(config.csmsCa().get());
        }
        if (config.clientCert().isPresent() && config.clientKey().isPresent()) {
            transport = transport.withClientCertificate(
                    config.clientCert().get(), config.clientKey().get());
        }
        return transport.withPing(config.pingInterval(), TransportConfig.DEFAULT_PONG_TIMEOUT);
    }

    static RetryBackOff.Settings backOff(BridgeConfig config) {
        return new RetryBackOff.Settings(
                config.retryBackOffWaitMinimum(), config.retryBackOffRandomRange(), config.retryBackOffRepeatTimes());
    }

    static FirmwareConfig firmware(BridgeConfig config) {
        return new FirmwareConfig(
                config.dataDir().resolve("firmware"),
                config.firmwareTrustAnchor().orElse(null),
                config.firmwareCrl().orElse(null),
                config.allowUnsignedFirmware(),
                config.installCommand().map(Settings::argv).orElse(List.of()),
                config.csmsCa().orElse(null),
                FirmwareConfig.DEFAULT_TRANSFER_TIMEOUT,
                FirmwareConfig.DEFAULT_INSTALL_TIMEOUT,
                FirmwareConfig.DEFAULT_RETRIES,
                FirmwareConfig.DEFAULT_RETRY_INTERVAL);
    }

    static LogUploadSettings logs(BridgeConfig config) {
        LogUploadSettings defaults =
                LogUploadSettings.defaults(config.stationId(), config.logDir().orElse(null), config.dataDir());
        HttpLogUploader.Method method = config.logUploadMethod() == LogUploadMethod.POST
                ? HttpLogUploader.Method.POST
                : HttpLogUploader.Method.PUT;
        return new LogUploadSettings(
                defaults.stationId(),
                defaults.logDir(),
                defaults.dataDir(),
                method,
                defaults.connectTimeout(),
                defaults.transferTimeout(),
                defaults.defaultAttempts(),
                defaults.defaultRetryIntervalS(),
                config.csmsCa().orElse(null),
                config.logUploadFailureReport() == LogUploadFailureReport.EACH_ATTEMPT);
    }

    static SystemSocketSettings systemSocket(BridgeConfig config) {
        return new SystemSocketSettings(
                config.systemSocket(),
                config.systemListen().map(ListenAddress::toSocketAddress),
                config.systemTimeout());
    }

    /** A command line as the shell would split it on blanks; quoting is the wrapper script's job. */
    static List<String> argv(String command) {
        return List.of(command.trim().split("\\s+"));
    }
}
