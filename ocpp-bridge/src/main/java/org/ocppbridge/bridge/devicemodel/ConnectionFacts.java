package org.ocppbridge.bridge.devicemodel;

import java.util.Objects;

/**
 * What the device model knows of the one configured connection to the CSMS (there are no network connection
 * profiles yet: B09/B10 are a later issue).
 *
 * @param securityProfile 1 (ws:// + password), 2 (wss:// + password) or 3 (wss:// + client certificate); 0 for a
 *     ws:// connection without a password (a test set-up, no security profile)
 * @param identity the station id, SecurityCtrlr.Identity
 * @param password rotates the Basic-auth password; null when the station uses none (then
 *     SecurityCtrlr.BasicAuthPassword is not in the model)
 * @param tuning where changes of the back-off and ping variables go
 * @param firstBackOff the flags' RetryBackOff* values: the first values, until the CSMS writes its own
 * @param firstPingIntervalSeconds the flag's WebSocketPingInterval
 */
public record ConnectionFacts(
        int securityProfile,
        String identity,
        DeviceModel.PasswordRotation password,
        ConnectionTuning tuning,
        BackOff firstBackOff,
        int firstPingIntervalSeconds) {

    /** The three RetryBackOff variables, in seconds and times. */
    public record BackOff(int waitMinimumSeconds, int randomRangeSeconds, int repeatTimes) {}

    public ConnectionFacts {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(tuning, "tuning");
        Objects.requireNonNull(firstBackOff, "firstBackOff");
        if (securityProfile < 0 || securityProfile > 3) {
            throw new IllegalArgumentException("securityProfile: 0 to 3, was " + securityProfile);
        }
    }
}
