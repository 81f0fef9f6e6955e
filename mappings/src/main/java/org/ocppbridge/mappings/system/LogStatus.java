package org.ocppbridge.mappings.system;

import java.util.Objects;

/** The system type {@code LogStatus}: a log upload's status, reported by the system at any time. */
public record LogStatus(LogStatusEnum logStatus, int requestId) {

    public LogStatus {
        Objects.requireNonNull(logStatus, "logStatus");
    }
}
