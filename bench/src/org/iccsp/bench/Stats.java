package org.iccsp.bench;

import java.util.Collection;
import org.HdrHistogram.Histogram;

/** Percentiles of latencies (nanoseconds, recorded in an HdrHistogram), printed in milliseconds. */
record Stats(String label, int count, int errors, double median, double p95, double p99) {

    /** Three significant digits (finer than the figures are printed); the histogram grows to any latency. */
    static Stats of(String label, Collection<Long> nanos, int errors) {
        if (nanos.isEmpty()) {
            return new Stats(label, 0, errors, Double.NaN, Double.NaN, Double.NaN);
        }
        Histogram histogram = new Histogram(3);
        nanos.forEach(histogram::recordValue);
        return new Stats(label, nanos.size(), errors, ms(histogram, 50), ms(histogram, 95), ms(histogram, 99));
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1e6;
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
