package org.ocppbridge.bridge.system;

import java.time.Instant;
import java.util.concurrent.CompletionStage;
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
 * <p><b>The asynchronous contract.</b> The bridge calls every command on its one protocol core thread, and that
 * thread never waits: every method returns at once.
 *
 * <ul>
 *   <li>The commands the CSMS's answer depends on ({@link #updateFirmware}, {@link #uploadLogs},
 *       {@link #isResetAllowed}) return a {@link CompletionStage} of a {@link Decision}: the seed type's answer
 *       together with its reason (statusInfo). Anything slow behind the decision (a charger on a socket, a CRL
 *       download, building a certificate path) runs on the thread that owns that work, never on the caller's.
 *       The stage may complete on any thread; the station hops back onto its core thread, sends the CALLRESULT,
 *       and only then starts what follows (reply first, act second).
 *   <li>A system that cannot decide (no charger connected, no answer in time, an answer that breaks its schema)
 *       completes the stage with a refusal whose reasonCode is {@code InternalError} and whose reason says what
 *       happened; the stage completes exceptionally only on a bug, which the CSMS sees as a CALLERROR
 *       InternalError. Every stage completes within a bounded time (a socket system's {@code system-timeout}).
 *   <li>The other commands return at once and do their work (and any waiting for the charger) in the
 *       background: {@link #allowFirmwareInstallation}, {@link #reset}, {@link #setSystemTime}.
 * </ul>
 */
public interface ChargerSystem extends AutoCloseable {

    /** {@code update_firmware}: decide on the request (certificate checks included), then start the work. */
    CompletionStage<Decision<UpdateFirmwareResponse>> updateFirmware(FirmwareUpdateRequest request);

    /** {@code allow_firmware_installation}: the station is ready for an install to proceed. Returns at once. */
    void allowFirmwareInstallation();

    /** {@code upload_logs}: decide on the request, name the archive, then start the upload. */
    CompletionStage<Decision<UploadLogsResponse>> uploadLogs(UploadLogsRequest request);

    /** {@code is_reset_allowed}: true when the system may be reset now; a refusal may say why. */
    CompletionStage<Decision<Boolean>> isResetAllowed(ResetType type);

    /**
     * {@code reset}: restart the station. Returns at once; the restart follows in the background.
     *
     * @param scheduled true when the reset waited for the station to become idle (informational)
     */
    void reset(ResetType type, boolean scheduled);

    /** {@code set_system_time}: the CSMS's time; completes with true when the system took it. */
    CompletionStage<Boolean> setSystemTime(Instant timestamp);

    /**
     * {@code get_boot_reason}: why this boot happened. Asked once at start, before the station connects and off
     * the core thread (the BootNotification cannot be sent without it).
     */
    BootReason getBootReason();

    /** Where the system reports its variables; replaces any earlier listener. */
    void setListener(Listener listener);

    /**
     * Whether the system can reset one EVSE on its own. The bridge resets the whole station, so by default no.
     */
    default boolean canResetEvse(int evseId) {
        return false;
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
