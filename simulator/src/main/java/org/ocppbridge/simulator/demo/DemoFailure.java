package org.ocppbridge.simulator.demo;

/** A demo step did not happen as it should, or not in time. */
final class DemoFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DemoFailure(String message) {
        super(message);
    }
}
