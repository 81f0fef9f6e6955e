package org.ocppbridge.bridge.system.socket;

/**
 * Why a line from the system was refused; becomes the error line
 * {@code {"id":…,"error":{"code":…,"field":…,"message":…}}} sent back on the same connection, which stays up.
 */
final class LineError extends Exception {

    private static final long serialVersionUID = 1L;

    /** The line is not one JSON object. */
    static final String MALFORMED_LINE = "MalformedLine";
    /** The line is longer than the bridge reads. */
    static final String LINE_TOO_LONG = "LineTooLong";
    /** The envelope's own fields ({@code id}, {@code command}, {@code variable}, ...) are missing or wrong. */
    static final String INVALID_ENVELOPE = "InvalidEnvelope";
    /** A command the bridge does not take from the system. */
    static final String UNKNOWN_COMMAND = "UnknownCommand";
    /** A variable the bridge does not know. */
    static final String UNKNOWN_VARIABLE = "UnknownVariable";
    /** A reply whose id is not waiting (never sent, already answered, or timed out). */
    static final String UNKNOWN_ID = "UnknownId";
    /** A payload or result that breaks its schema in {@code schemas/system/}. */
    static final String INVALID_PAYLOAD = "InvalidPayload";

    private final String code;
    private final String field;

    /**
     * @param field a JSON pointer into the line ({@code #/payload/request_id}); null when the line as a whole is
     *     wrong
     */
    LineError(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }
}
