package org.ocppbridge.simulator.conformance;

/** The station broke a rule of the case; the message names the rule ("L01.FR.20: ..."). */
public final class CaseFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseFailure(String rule) {
        super(rule);
    }

    /** Fails with {@code rule} unless {@code condition} holds. */
    public static void check(boolean condition, String rule) {
        if (!condition) {
            throw new CaseFailure(rule);
        }
    }
}
