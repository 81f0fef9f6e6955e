package org.ocppbridge.bridge.system;

import java.util.Objects;
import java.util.Optional;

/**
 * A system's answer to a command together with its reason, in words for the CSMS operator (it goes into the
 * response's statusInfo). The seed's types carry no reason; carrying it with the answer means nobody has to ask
 * "why" afterwards.
 *
 * @param answer the seed type's answer (UpdateFirmwareResponse, UploadLogsResponse, whether a reset is allowed)
 * @param reasonCode a Part 2 Appendix 5 reason code where one fits (statusInfo.reasonCode), else empty
 * @param reason the words behind the answer (statusInfo.additionalInfo), empty when the system does not say
 */
public record Decision<T>(T answer, Optional<String> reasonCode, Optional<String> reason) {

    public Decision {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reason, "reason");
    }

    /** An answer without a reason. */
    public static <T> Decision<T> of(T answer) {
        return new Decision<>(answer, Optional.empty(), Optional.empty());
    }

    /** An answer with the words behind it and no reason code. */
    public static <T> Decision<T> because(T answer, String reason) {
        return new Decision<>(answer, Optional.empty(), Optional.of(reason));
    }

    /** An answer with a Part 2 Appendix 5 reason code and the words behind it. */
    public static <T> Decision<T> because(T answer, String reasonCode, String reason) {
        return new Decision<>(answer, Optional.of(reasonCode), Optional.of(reason));
    }
}
