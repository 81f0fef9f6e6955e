package org.ocppbridge.bench;

import java.util.Arrays;

/** Order statistics of a sample (nearest-rank percentiles). */
final class Stats {

    private Stats() {}

    static double median(double[] values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile {@code p} (0 < p ≤ 100) of the values. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
