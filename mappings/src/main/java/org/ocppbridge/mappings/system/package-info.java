/**
 * The charger's system types, as defined by the seed ({@code shared/seed/system-types.rst}), named as there
 * (Java spells the seed's snake_case fields in camelCase). Records validate their required fields.
 */
package org.ocppbridge.mappings.system;
