package org.ocppbridge.bridge.runtime;

import java.util.concurrent.ScheduledExecutorService;
import org.ocppbridge.bridge.rpc.CallError;
import org.ocppbridge.bridge.rpc.CallFailedException;
import org.ocppbridge.bridge.rpc.RpcObserver;
import org.ocppbridge.bridge.station.RepeatLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the RPC layer's events to the log. */
final class LoggingRpcObserver implements RpcObserver {

    private static final Logger log = LoggerFactory.getLogger("org.ocppbridge.bridge.rpc");

    /** A flood of bad frames writes two lines per window, not one per frame (issue 15, point 2). */
    private final RepeatLimiter badFrames;

    LoggingRpcObserver(ScheduledExecutorService core) {
        this.badFrames = new RepeatLimiter(
                core,
                RepeatLimiter.WINDOW,
                count -> log.warn(
                        "Answered {} more bad frames in the last {} s (one line per {} s)",
                        count,
                        RepeatLimiter.WINDOW.toSeconds(),
                        RepeatLimiter.WINDOW.toSeconds()));
    }

    @Override
    public void callErrorSent(CallError error) {
        if (badFrames.admit()) {
            log.warn("Answered a bad frame with {}: {}", error.code(), error.description());
        }
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
