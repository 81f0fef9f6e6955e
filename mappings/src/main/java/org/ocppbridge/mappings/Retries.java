package org.ocppbridge.mappings;

/**
 * OCPP's {@code retries} and the system's {@code retries} count different things.
 *
 * <p>OCPP counts the retries after the first attempt: TC_N_26_CS sends {@code retries=3} and expects four upload
 * attempts (errata §6.1.29). The seed's system types count every attempt ("how many times the system must try"),
 * and their schema sets {@code minimum: 1}. So the bridge adds the first attempt: OCPP n becomes system n + 1,
 * and an absent value stays absent, so the charger's own default applies. EVerest's OCPP 2.0.1 module does the
 * same (+1 when present). {@link Integer#MAX_VALUE} retries saturate at {@link Integer#MAX_VALUE} attempts
 * instead of overflowing: both mean "keep trying".
 */
public final class Retries {

    private Retries() {}

    /** OCPP {@code retries} (≥ 0) → system {@code retries} (≥ 1); null stays null. */
    public static Integer attemptsFromRetries(Integer retries) {
        if (retries == null) {
            return null;
        }
        return retries == Integer.MAX_VALUE ? Integer.MAX_VALUE : retries + 1;
    }

    /** System {@code retries} (≥ 1) → OCPP {@code retries} (≥ 0); null stays null. */
    public static Integer retriesFromAttempts(Integer attempts) {
        if (attempts == null) {
            return null;
        }
        return attempts - 1;
    }
}
