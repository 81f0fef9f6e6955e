package org.ocppbridge.bridge.system.socket;

/**
 * A command the charger system did not decide: none is connected, it did not answer in time, it answered with an
 * error, or its answer broke its schema. The message is fit for the CSMS's statusInfo.additionalInfo.
 */
final class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailedException(String message) {
        super(message, null, false, false);
    }
}
