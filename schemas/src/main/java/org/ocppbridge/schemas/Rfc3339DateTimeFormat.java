package org.ocppbridge.schemas;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.FormatValidator;

/**
 * The {@code date-time} format: RFC 3339 section 5.6 {@code date-time}, which OCPP 2.0.1 prescribes for every
 * time value.
 *
 * <p>Seconds and an offset are required; a fraction of any length is allowed; {@code T} and {@code Z} may be lower
 * case (RFC 3339 allows it). The calendar is checked (no 30 February). A leap second ({@code :60}) is refused:
 * {@code java.time} cannot represent it, so a value that passed here could not be bound afterwards.
 */
final class Rfc3339DateTimeFormat implements FormatValidator {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(?:[Zz]|[+-](\\d{2}):(\\d{2}))");
    // The message does not quote the value: it may end up in logs next to untrusted input.
    private static final Optional<String> INVALID = Optional.of("not an RFC 3339 date-time");

    @Override
    public Optional<String> validate(String subject) {
        Matcher m = DATE_TIME.matcher(subject);
        if (!m.matches()) {
            return INVALID;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return INVALID;
        }
        int day = Integer.parseInt(m.group(3));
        boolean valid = day >= 1
                && day <= YearMonth.of(year, month).lengthOfMonth()
                && Integer.parseInt(m.group(4)) <= 23
                && Integer.parseInt(m.group(5)) <= 59
                && Integer.parseInt(m.group(6)) <= 59
                && (m.group(8) == null || (Integer.parseInt(m.group(8)) <= 23 && Integer.parseInt(m.group(9)) <= 59));
        return valid ? Optional.empty() : INVALID;
    }

    @Override
    public String formatName() {
        return "date-time";
    }
}
