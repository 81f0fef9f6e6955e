package org.ocppbridge.mappings;

import java.util.Objects;
import org.ocppbridge.mappings.system.ResetType;

/**
 * The arguments of the system's {@code reset(type, scheduled)} command.
 *
 * @param type how deep; always {@link ResetType#NotSpecified} from OCPP 2.0.1 (see {@link ResetMapping})
 * @param scheduled true when the reset waited for the station to become idle (the seed: informational)
 */
public record SystemReset(ResetType type, boolean scheduled) {

    public SystemReset {
        Objects.requireNonNull(type, "type");
    }
}
