package org.ocppbridge.bridge.logs;

import java.util.Optional;

/** The log types of OCPP 2.0.1's {@code LogEnumType} that the bridge can collect. */
public enum LogType {
    DiagnosticsLog,
    SecurityLog;

    /**
     * The type named by the system request's {@code type}; a missing type means DiagnosticsLog. Empty for a type this
     * bridge does not collect (e.g. 2.1's DataCollectorLog).
     */
    public static Optional<LogType> parse(String type) {
        if (type == null) {
            return Optional.of(DiagnosticsLog);
        }
        for (LogType t : values()) {
            if (t.name().equals(type)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
