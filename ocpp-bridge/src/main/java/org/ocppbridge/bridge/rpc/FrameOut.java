package org.ocppbridge.bridge.rpc;

/** How the two halves of a session put frames on the wire of the attached connection. Core thread only. */
interface FrameOut {

    /** Sends a frame; false when no connection is attached or it refused the frame. */
    boolean send(Frame frame);

    /** Sends a CALLERROR and tells the observer. */
    void sendCallError(CallError error);

    /** Whether a connection is attached. */
    boolean attached();
}
