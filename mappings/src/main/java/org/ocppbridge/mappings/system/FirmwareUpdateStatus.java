package org.ocppbridge.mappings.system;

import java.util.Objects;

/** The system type {@code FirmwareUpdateStatus}: a firmware update's status, reported by the system at any time. */
public record FirmwareUpdateStatus(FirmwareUpdateStatusEnum firmwareUpdateStatus, int requestId) {

    public FirmwareUpdateStatus {
        Objects.requireNonNull(firmwareUpdateStatus, "firmwareUpdateStatus");
    }
}
