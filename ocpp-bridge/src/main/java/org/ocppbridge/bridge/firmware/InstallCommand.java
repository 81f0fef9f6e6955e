package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code --install-command <image>} and maps its exit code to the install's outcome:
 *
 * <table>
 *   <caption>exit code → status</caption>
 *   <tr><td>0</td><td>success (then InstallRebooting)</td></tr>
 *   <tr><td>3</td><td>InstallVerificationFailed (the installer rejected the image)</td></tr>
 *   <tr><td>any other, or no exit within the time-out</td><td>InstallationFailed</td></tr>
 * </table>
 *
 * <p>The installer's output goes to {@code install.log} in the data dir, so a chatty installer cannot block on a
 * full pipe. It also gets {@code OCPP_FIRMWARE_REQUEST_ID} and {@code OCPP_FIRMWARE_SHA256} in its environment.
 * An empty command simulates a successful install, so the demo runs anywhere.
 */
final class InstallCommand {

    /** The exit code by which an installer says "this image failed my verification". */
    static final int EXIT_VERIFICATION_FAILED = 3;

    private static final Logger log = LoggerFactory.getLogger(InstallCommand.class);

    private final List<String> command;
    private final Duration timeout;
    private final Path logFile;

    InstallCommand(List<String> command, Duration timeout, Path logFile) {
        this.command = List.copyOf(command);
        this.timeout = timeout;
        this.logFile = logFile;
    }

    boolean isSimulated() {
        return command.isEmpty();
    }

    /**
     * Installs the image and returns null on success, else the failure status.
     *
     * @throws InterruptedException the updater is closing; the installer was killed
     */
    FirmwareUpdateStatusEnum install(Path image, int requestId, String sha256) throws InterruptedException {
        if (isSimulated()) {
            log.info("No install command configured: simulating a successful install of {}", image);
            return null;
        }
        List<String> argv = new ArrayList<>(command);
        argv.add(image.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(argv)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("OCPP_FIRMWARE_REQUEST_ID", Integer.toString(requestId));
        environment.put("OCPP_FIRMWARE_SHA256", sha256 == null ? "" : sha256);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            log.error("Install command {} could not start: {}", argv, e.toString());
            return FirmwareUpdateStatusEnum.InstallationFailed;
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.error("Install command did not finish within {}; killing it", timeout);
                process.destroyForcibly();
                return FirmwareUpdateStatusEnum.InstallationFailed;
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
        int exit = process.exitValue();
        log.info("Install command exited with {}", exit);
        if (exit == 0) {
            return null;
        }
        return exit == EXIT_VERIFICATION_FAILED
                ? FirmwareUpdateStatusEnum.InstallVerificationFailed
                : FirmwareUpdateStatusEnum.InstallationFailed;
    }
}
