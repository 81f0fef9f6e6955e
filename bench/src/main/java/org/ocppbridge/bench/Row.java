package org.ocppbridge.bench;

/**
 * One line of the result table.
 *
 * @param ratio bridge ÷ baseline, or NaN when the two are not comparable numbers
 * @param met "yes", "no" or "-" (no target)
 */
record Row(String metric, String bridge, String baseline, double ratio, String target, String met) {

    static String yesNo(boolean met) {
        return met ? "yes" : "NO";
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format("%.0f ms", millis) : String.format("%.2f ms", millis);
    }

    static String mib(long kib) {
        return String.format("%.1f MiB", kib / 1024.0);
    }
}
