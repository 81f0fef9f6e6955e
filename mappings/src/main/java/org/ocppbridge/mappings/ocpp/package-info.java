/**
 * OCPP 2.0.1 messages the bridge reads or writes, as immutable records named after the spec.
 *
 * <p>Record components carry the exact JSON field names, and enum constants the exact JSON strings, so Gson binds
 * them without adapters. Date-times are {@link java.time.Instant}; optional integers are {@link Integer} (null
 * when absent); {@code customData} is left out because the bridge ignores it. Compact constructors check what the
 * schema requires (required fields, maxLength in code points, minItems) and throw
 * {@link org.ocppbridge.mappings.ocpp.OcppConstraintException} naming the field. Where the official schema has
 * no minimum but a negative value has no meaning (retries, intervals, EVSE and connector ids), the records
 * require ≥ 0; each record's Javadoc says so.
 */
package org.ocppbridge.mappings.ocpp;
