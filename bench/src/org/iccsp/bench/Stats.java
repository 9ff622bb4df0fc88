package org.iccsp.bench;

import java.util.Collection;

/** Percentiles of latencies (nanoseconds), printed in milliseconds. */
record Stats(String label, int count, int errors, double median, double p95, double p99) {

    static Stats of(String label, Collection<Long> nanos, int errors) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Stats(label, sorted.length, errors, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99));
    }

    /** Nearest-rank percentile. */
    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    String row() {
        return "| %s | %d | %d | %s | %s | %s |".formatted(label, count, errors, fmt(median), fmt(p95), fmt(p99));
    }

    /** The row "ratio": this (the system) over the baseline, per column. */
    String ratioRow(Stats baseline) {
        return "| ratio %s / %s | | | %s | %s | %s |".formatted(label, baseline.label, x(median / baseline.median),
                x(p95 / baseline.p95), x(p99 / baseline.p99));
    }

    static String header() {
        return "| measured | n | errors | median ms | p95 ms | p99 ms |\n| --- | --- | --- | --- | --- | --- |";
    }

    static String fmt(double ms) {
        return Double.isNaN(ms) ? "–" : ms >= 100 ? "%.0f".formatted(ms) : "%.2f".formatted(ms);
    }

    static String x(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "–" : "%.1f×".formatted(ratio);
    }

    @Override
    public String toString() {
        return "%-28s n=%d errors=%d median=%s p95=%s p99=%s ms".formatted(label, count, errors, fmt(median), fmt(p95),
                fmt(p99));
    }

}
