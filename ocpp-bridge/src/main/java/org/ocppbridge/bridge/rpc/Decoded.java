package org.ocppbridge.bridge.rpc;

/** What {@link FrameCodec#decode} made of a text frame. */
public sealed interface Decoded {

    /** A well-formed frame. */
    record Valid(Frame frame) implements Decoded {}

    /** A frame that must be answered with this CALLERROR. */
    record Invalid(CallError reply) implements Decoded {}

    /**
     * A frame that is dropped without an answer: a malformed CALLRESULT or CALLERROR (a CALLERROR answers only a
     * CALL).
     */
    record Ignored(String why) implements Decoded {}
}
