package org.ocppbridge.mappings;

import org.ocppbridge.mappings.ocpp.StatusInfoType;

/**
 * A value has no counterpart on the other side, so a mapping refuses it instead of guessing. It names the field,
 * and carries the {@link StatusInfoType} a handler puts on its Rejected response (reason codes from Part 2
 * Appendix 5), so refusals look the same in every handler.
 */
public final class UnmappableValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reasonCode;

    /**
     * @param field the field whose value is refused, e.g. {@code requestId}
     * @param reasonCode an Appendix 5 reason code, e.g. {@code InvalidValue}
     * @param reason why, in words an operator understands; never the peer's value itself
     */
    public UnmappableValueException(String field, String reasonCode, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reasonCode = reasonCode;
    }

    public String field() {
        return field;
    }

    public String reasonCode() {
        return reasonCode;
    }

    /** The statusInfo for the Rejected response; additionalInfo is capped at the schema's 512 characters. */
    public StatusInfoType statusInfo() {
        String info = getMessage();
        return new StatusInfoType(reasonCode, info.length() > 512 ? info.substring(0, 512) : info);
    }
}
