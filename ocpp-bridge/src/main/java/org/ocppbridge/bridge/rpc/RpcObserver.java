package org.ocppbridge.bridge.rpc;

/** What the RPC layer tells about itself: logging is one implementation, tests attach a recording one. */
public interface RpcObserver {

    /** A CALLERROR answered a bad incoming frame. */
    default void callErrorSent(CallError error) {}

    /** A frame was dropped without an answer. */
    default void frameDropped(String why) {}

    /** One of our CALLs failed. */
    default void callFailed(String action, CallFailedException failure) {}

    /** A bug: an exception where none was expected. */
    default void unexpectedError(String where, Throwable error) {}

    RpcObserver NONE = new RpcObserver() {};
}
