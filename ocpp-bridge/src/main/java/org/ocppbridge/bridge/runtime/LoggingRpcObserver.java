package org.ocppbridge.bridge.runtime;

import org.ocppbridge.bridge.rpc.CallError;
import org.ocppbridge.bridge.rpc.CallFailedException;
import org.ocppbridge.bridge.rpc.RpcObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the RPC layer's events to the log. */
final class LoggingRpcObserver implements RpcObserver {

    private static final Logger log = LoggerFactory.getLogger("org.ocppbridge.bridge.rpc");

    @Override
    public void callErrorSent(CallError error) {
        log.warn("Answered a bad frame with {}: {}", error.code(), error.description());
    }

    @Override
    public void frameDropped(String why) {
        log.info("Dropped a frame: {}", why);
    }

    @Override
    public void callFailed(String action, CallFailedException failure) {
        log.info("{} failed: {}", action, failure.getMessage());
    }

    @Override
    public void unexpectedError(String where, Throwable error) {
        log.error("Unexpected error in {}", where, error);
    }
}
