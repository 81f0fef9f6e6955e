package org.ocppbridge.mappings.ocpp;

/**
 * {@code StatusInfoType}: more detail on a response's status.
 *
 * @param reasonCode a reason code, preferably one of Part 2 Appendix 5 (e.g. {@code TxInProgress}); ≤ 20 characters
 * @param additionalInfo free text; ≤ 512 characters; null when absent
 */
public record StatusInfoType(String reasonCode, String additionalInfo) {

    public StatusInfoType {
        Constraints.requiredMaxLength(reasonCode, 20, "StatusInfoType", "reasonCode");
        Constraints.maxLength(additionalInfo, 512, "StatusInfoType", "additionalInfo");
    }

    public static StatusInfoType of(String reasonCode) {
        return new StatusInfoType(reasonCode, null);
    }
}
