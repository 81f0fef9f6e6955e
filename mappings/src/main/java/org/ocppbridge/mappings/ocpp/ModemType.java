package org.ocppbridge.mappings.ocpp;

/**
 * {@code ModemType}: the station's cellular modem, if any.
 *
 * @param iccid the SIM card's ICCID; ≤ 20 characters; null when unknown
 * @param imsi the subscriber's IMSI; ≤ 20 characters; null when unknown
 */
public record ModemType(String iccid, String imsi) {

    public ModemType {
        Constraints.maxLength(iccid, 20, "ModemType", "iccid");
        Constraints.maxLength(imsi, 20, "ModemType", "imsi");
    }
}
