package org.ocppbridge.mappings.ocpp;

/**
 * An OCPP record was built with a value its message schema forbids: a missing required field, a string over its
 * maximum length, an integer under its minimum, or an empty list that must hold at least one element.
 *
 * <p>Gson builds records through their canonical constructors, so this is also what a CSMS payload that breaks a
 * limit produces while it is bound; the RPC layer turns it into one CALLERROR code.
 */
public final class OcppConstraintException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String field;

    public OcppConstraintException(String type, String field, String problem) {
        super(type + "." + field + ": " + problem);
        this.type = type;
        this.field = field;
    }

    /** The OCPP type whose field is at fault, e.g. {@code FirmwareType}. */
    public String type() {
        return type;
    }

    /** The JSON field name, e.g. {@code location}. */
    public String field() {
        return field;
    }
}
