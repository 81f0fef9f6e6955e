package org.ocppbridge.mappings;

/**
 * One row of the field-by-field mapping table, kept next to the code that applies it so the README table is
 * rendered from the mapping classes ({@link MappingTable}); the tests check every rule against the mapping.
 *
 * @param ocppField the OCPP JSON path, e.g. {@code firmware.location}; "—" when OCPP has no such field
 * @param systemField the system type's field as the seed spells it, e.g. {@code location}; "—" when none
 * @param rule how the value crosses, in a few words
 */
public record FieldRule(String ocppField, String systemField, String rule) {

    public static final String NONE = "—";
}
