package org.ocppbridge.mappings.ocpp;

import java.util.regex.Pattern;

/**
 * OCPP's passwordString, the type of SecurityCtrlr.BasicAuthPassword (Part 2 Appendix 3): 16 to 40 letters,
 * digits and {@code * - _ = : + | @ .}, sent as UTF-8 text.
 */
public final class PasswordString {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9*\\-_=:+|@.]{16,40}");

    private PasswordString() {}

    public static boolean isValid(String password) {
        return password != null && VALID.matcher(password).matches();
    }
}
