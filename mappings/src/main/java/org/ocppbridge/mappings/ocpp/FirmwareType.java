package org.ocppbridge.mappings.ocpp;

import java.time.Instant;

/**
 * {@code FirmwareType}: where the firmware is and when to fetch and install it.
 *
 * @param location URI of the image; ≤ 512 characters
 * @param retrieveDateTime when to start the download (required in OCPP)
 * @param installDateTime when to install; null means as soon as possible
 * @param signingCertificate PEM certificate that signed the image; ≤ 5500 characters; null when absent
 * @param signature base64 signature of the image; ≤ 800 characters; null when absent
 */
public record FirmwareType(
        String location,
        Instant retrieveDateTime,
        Instant installDateTime,
        String signingCertificate,
        String signature) {

    public FirmwareType {
        Constraints.requiredMaxLength(location, 512, "FirmwareType", "location");
        Constraints.required(retrieveDateTime, "FirmwareType", "retrieveDateTime");
        Constraints.maxLength(signingCertificate, 5500, "FirmwareType", "signingCertificate");
        Constraints.maxLength(signature, 800, "FirmwareType", "signature");
    }
}
