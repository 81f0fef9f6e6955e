package org.ocppbridge.bridge.firmware;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.ocppbridge.bridge.config.ConfigDefaults;

/**
 * Settings of the local firmware updater, parsed once by the CLI.
 *
 * @param dataDir where images and the update's state file live ({@code --data-dir})
 * @param trustAnchorPem PEM file with the roots firmware signing certificates must chain to
 *     ({@code --firmware-trust-anchor}); null refuses signed firmware unless {@code allowUnsigned}
 * @param crlPath a CRL file, or a folder of CRL files (PEM or DER), checked on every request; null for none
 * @param allowUnsigned accept firmware without signature or trust anchor (logged loudly; for labs only)
 * @param installCommand argv of the installer, the image's path is appended; empty simulates a good install
 * @param csmsCaPem PEM file with a CA trusted for HTTPS downloads besides the JVM's trust store; null for none
 * @param transferTimeout connect and read time-out of each download and of fetching a CRL
 * @param installTimeout how long the install command may run before it is killed (→ InstallationFailed)
 * @param defaultRetries download attempts in all when the request names none (the seed's DefaultRetries)
 * @param defaultRetryInterval pause between attempts when the request names none
 */
public record FirmwareConfig(
        Path dataDir,
        Path trustAnchorPem,
        Path crlPath,
        boolean allowUnsigned,
        List<String> installCommand,
        Path csmsCaPem,
        Duration transferTimeout,
        Duration installTimeout,
        int defaultRetries,
        Duration defaultRetryInterval) {

    // The defaults live in ConfigDefaults, the one place for every default; these names serve the tests' factories.
    public static final Duration DEFAULT_TRANSFER_TIMEOUT = ConfigDefaults.FIRMWARE_TRANSFER_TIMEOUT;
    public static final Duration DEFAULT_INSTALL_TIMEOUT = ConfigDefaults.FIRMWARE_INSTALL_TIMEOUT;
    public static final int DEFAULT_RETRIES = ConfigDefaults.FIRMWARE_ATTEMPTS;
    public static final Duration DEFAULT_RETRY_INTERVAL = ConfigDefaults.FIRMWARE_RETRY_INTERVAL;

    public FirmwareConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        installCommand = installCommand == null ? List.of() : List.copyOf(installCommand);
        Objects.requireNonNull(transferTimeout, "transferTimeout");
        Objects.requireNonNull(installTimeout, "installTimeout");
        Objects.requireNonNull(defaultRetryInterval, "defaultRetryInterval");
        if (transferTimeout.isNegative() || transferTimeout.isZero()) {
            throw new IllegalArgumentException("transferTimeout must be positive");
        }
        if (installTimeout.isNegative() || installTimeout.isZero()) {
            throw new IllegalArgumentException("installTimeout must be positive");
        }
        if (defaultRetries < 1) {
            throw new IllegalArgumentException("defaultRetries must be at least 1");
        }
        if (defaultRetryInterval.isNegative()) {
            throw new IllegalArgumentException("defaultRetryInterval must not be negative");
        }
    }

    /** Signed firmware only, checked against {@code trustAnchorPem}; simulated install; all defaults. */
    public static FirmwareConfig of(Path dataDir, Path trustAnchorPem) {
        return new FirmwareConfig(
                dataDir,
                trustAnchorPem,
                null,
                false,
                List.of(),
                null,
                DEFAULT_TRANSFER_TIMEOUT,
                DEFAULT_INSTALL_TIMEOUT,
                DEFAULT_RETRIES,
                DEFAULT_RETRY_INTERVAL);
    }

    public FirmwareConfig withCrlPath(Path path) {
        return new FirmwareConfig(
                dataDir,
                trustAnchorPem,
                path,
                allowUnsigned,
                installCommand,
                csmsCaPem,
                transferTimeout,
                installTimeout,
                defaultRetries,
                defaultRetryInterval);
    }

    public FirmwareConfig withAllowUnsigned(boolean allow) {
        return new FirmwareConfig(
                dataDir,
                trustAnchorPem,
                crlPath,
                allow,
                installCommand,
                csmsCaPem,
                transferTimeout,
                installTimeout,
                defaultRetries,
                defaultRetryInterval);
    }

    public FirmwareConfig withInstallCommand(List<String> command) {
        return new FirmwareConfig(
                dataDir,
                trustAnchorPem,
                crlPath,
                allowUnsigned,
                command,
                csmsCaPem,
                transferTimeout,
                installTimeout,
                defaultRetries,
                defaultRetryInterval);
    }

    public FirmwareConfig withCsmsCaPem(Path path) {
        return new FirmwareConfig(
                dataDir,
                trustAnchorPem,
                crlPath,
                allowUnsigned,
                installCommand,
                path,
                transferTimeout,
                installTimeout,
                defaultRetries,
                defaultRetryInterval);
    }

    public FirmwareConfig withTimeouts(Duration transfer, Duration install) {
        return new FirmwareConfig(
                dataDir,
                trustAnchorPem,
                crlPath,
                allowUnsigned,
                installCommand,
                csmsCaPem,
                transfer,
                install,
                defaultRetries,
                defaultRetryInterval);
    }
}
