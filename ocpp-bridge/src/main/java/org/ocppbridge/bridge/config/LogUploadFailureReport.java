package org.ocppbridge.bridge.config;

/**
 * When a failed log upload attempt is reported (N01.FR.10 as the 2023-12 errata §2.13.1 words it: after every
 * attempt or only after the last; both are allowed).
 */
public enum LogUploadFailureReport {
    /**
     * A failure status after every failed attempt, and Uploading again when the next one is scheduled: what the
     * official test tool counts in TC_N_26 (ER §6.1.29: steps (3,) 5 four times with retries 3).
     */
    EACH_ATTEMPT("each-attempt"),
    /** One failure status, after the last attempt (the note's recommendation). */
    LAST_ATTEMPT("last-attempt");

    private final String text;

    LogUploadFailureReport(String text) {
        this.text = text;
    }

    /** The value as written in a flag or the config file. */
    public String text() {
        return text;
    }
}
