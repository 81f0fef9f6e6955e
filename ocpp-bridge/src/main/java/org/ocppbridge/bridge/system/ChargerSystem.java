package org.ocppbridge.bridge.system;

import java.time.Instant;
import java.util.Optional;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.LogStatus;
import org.ocppbridge.mappings.system.ResetType;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;

/**
 * The port to the charger's system, named after the seed's {@code system} interface: the bridge calls the
 * commands, the system reports the variables {@code firmware_update_status} and {@code log_status} through a
 * {@link Listener} at any time, from any thread.
 *
 * <p>Commands answer quickly: {@link #updateFirmware} and {@link #uploadLogs} decide and return, then do the
 * work in the background (the bridge sends its CALLRESULT before the work starts).
 *
 * <p>A system outside the bridge (a charger behind a socket) may fail to decide {@link #updateFirmware},
 * {@link #uploadLogs} or {@link #isResetAllowed}: it then throws {@link SystemUnavailableException}, and the
 * station answers the CSMS Rejected with that reason.
 */
public interface ChargerSystem extends AutoCloseable {

    /** {@code update_firmware}: decide on the request (certificate checks included), then start the work. */
    UpdateFirmwareResponse updateFirmware(FirmwareUpdateRequest request);

    /** {@code allow_firmware_installation}: the station is ready for an install to proceed. */
    void allowFirmwareInstallation();

    /** {@code upload_logs}: decide on the request, name the archive, then start the upload. */
    UploadLogsResponse uploadLogs(UploadLogsRequest request);

    /** {@code is_reset_allowed}. */
    boolean isResetAllowed(ResetType type);

    /**
     * {@code reset}: restart the station.
     *
     * @param scheduled true when the reset waited for the station to become idle (informational)
     */
    void reset(ResetType type, boolean scheduled);

    /** {@code set_system_time}: the CSMS's time; true when the system took it. */
    boolean setSystemTime(Instant timestamp);

    /** {@code get_boot_reason}: why this boot happened. */
    BootReason getBootReason();

    /** Where the system reports its variables; replaces any earlier listener. */
    void setListener(Listener listener);

    /**
     * Whether the system can reset one EVSE on its own. The bridge resets the whole station, so by default no.
     */
    default boolean canResetEvse(int evseId) {
        return false;
    }

    /**
     * Why the command just answered refused (Rejected, InvalidCertificate …), in words for the CSMS operator. The
     * seed's types carry no reason, so this is the bridge's addition; it is asked on the core thread right after
     * a refusal and goes into the response's statusInfo.additionalInfo. Empty when the system does not say.
     */
    default Optional<String> lastRefusalReason() {
        return Optional.empty();
    }

    /** Stops background work; pending state stays on disk for the next start. */
    @Override
    void close();

    /** The system's variables. Implementations must be thread-safe and return quickly. */
    interface Listener {
        /** {@code firmware_update_status}. */
        void onFirmwareUpdateStatus(FirmwareUpdateStatus status);

        /** {@code log_status}. */
        void onLogStatus(LogStatus status);
    }
}
