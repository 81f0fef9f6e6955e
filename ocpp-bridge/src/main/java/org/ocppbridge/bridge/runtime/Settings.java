package org.ocppbridge.bridge.runtime;

import java.util.List;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.config.ConfigDefaults;
import org.ocppbridge.bridge.config.ListenAddress;
import org.ocppbridge.bridge.config.LogUploadFailureReport;
import org.ocppbridge.bridge.config.LogUploadMethod;
import org.ocppbridge.bridge.config.ShellCommand;
import org.ocppbridge.bridge.firmware.FirmwareConfig;
import org.ocppbridge.bridge.logs.LogUploadSettings;
import org.ocppbridge.bridge.station.StationSettings;
import org.ocppbridge.bridge.system.socket.SystemSocketSettings;
import org.ocppbridge.bridge.transfer.UploadMethod;
import org.ocppbridge.bridge.transport.RetryBackOff;
import org.ocppbridge.bridge.transport.TransportConfig;
import org.ocppbridge.mappings.ocpp.ChargingStationType;
import org.ocppbridge.mappings.system.BootReason;

/**
 * The one place where the parsed configuration becomes each component's settings; what the configuration does not
 * set comes from {@link ConfigDefaults}.
 */
final class Settings {

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
                ConfigDefaults.QUEUE_FLUSH_LIMIT,
                ConfigDefaults.NOTIFICATION_RETRY,
                config.dataDir().resolve(ConfigDefaults.DEVICE_MODEL_FILE),
                config.dataDir().resolve(ConfigDefaults.LAST_FIRMWARE_STATUS_FILE),
                config.dataDir().resolve(ConfigDefaults.SCHEDULED_RESET_FILE));
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
        return transport.withPing(config.pingInterval(), ConfigDefaults.PONG_TIMEOUT);
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
                ConfigDefaults.FIRMWARE_TRANSFER_TIMEOUT,
                ConfigDefaults.FIRMWARE_INSTALL_TIMEOUT,
                ConfigDefaults.FIRMWARE_ATTEMPTS,
                ConfigDefaults.FIRMWARE_RETRY_INTERVAL);
    }

    static LogUploadSettings logs(BridgeConfig config) {
        LogUploadSettings defaults =
                LogUploadSettings.defaults(config.stationId(), config.logDir().orElse(null), config.dataDir());
        UploadMethod method = config.logUploadMethod() == LogUploadMethod.POST ? UploadMethod.POST : UploadMethod.PUT;
        return new LogUploadSettings(
                defaults.stationId(),
                defaults.logDir(),
                defaults.dataDir(),
                method,
                ConfigDefaults.LOG_CONNECT_TIMEOUT,
                ConfigDefaults.LOG_TRANSFER_TIMEOUT,
                ConfigDefaults.LOG_ATTEMPTS,
                ConfigDefaults.LOG_RETRY_INTERVAL_S,
                config.csmsCa().orElse(null),
                config.logUploadFailureReport() == LogUploadFailureReport.EACH_ATTEMPT);
    }

    static SystemSocketSettings systemSocket(BridgeConfig config) {
        return new SystemSocketSettings(
                config.systemSocket(),
                config.systemListen().map(ListenAddress::toSocketAddress),
                config.systemTimeout());
    }

    /**
     * A command line run by /bin/sh -c; what the caller appends to this argv (the installer's image path) arrives
     * as the command's last arguments (see {@link ShellCommand}).
     */
    static List<String> argv(String command) {
        return ShellCommand.argv(command);
    }
}
