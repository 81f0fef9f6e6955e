package org.ocppbridge.mappings.ocpp;

/** {@code RegistrationStatusEnumType}: the CSMS's answer to a BootNotification. Constant names are the JSON strings. */
public enum RegistrationStatusEnumType {
    Accepted,
    Pending,
    Rejected
}
