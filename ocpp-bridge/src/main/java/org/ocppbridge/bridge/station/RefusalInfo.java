package org.ocppbridge.bridge.station;

import java.util.Optional;
import org.ocppbridge.mappings.ocpp.StatusInfoType;

/** The statusInfo of a refused command, from the system's words (Part 2 Appendix 5 reason codes). */
final class RefusalInfo {

    private static final int ADDITIONAL_INFO_MAX = 512;

    private RefusalInfo() {}

    /**
     * @param reasonCode the Appendix 5 code, e.g. {@code InvalidCertificate}; {@code Unspecified} says "see
     *     additionalInfo"
     */
    static StatusInfoType of(String reasonCode, Optional<String> reason) {
        String info = reason.map(
                        text -> text.length() <= ADDITIONAL_INFO_MAX ? text : text.substring(0, ADDITIONAL_INFO_MAX))
                .orElse(null);
        return new StatusInfoType(reasonCode, info);
    }
}
