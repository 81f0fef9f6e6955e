package org.ocppbridge.bridge.system;

/**
 * A system behind the port could not decide a command: none is connected, it did not answer in time, or it
 * answered with an error. Only a system that runs outside the bridge (a charger behind a socket) throws it; the
 * station answers the CSMS Rejected with {@link #reasonCode()} and {@link #getMessage()} as its statusInfo.
 */
public final class SystemUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reasonCode;

    /**
     * @param reasonCode an OCPP reason code (Part 2 Appendix 5), at most 20 characters
     * @param message what happened, in words fit for the CSMS's statusInfo.additionalInfo (≤ 512 characters)
     */
    public SystemUnavailableException(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
