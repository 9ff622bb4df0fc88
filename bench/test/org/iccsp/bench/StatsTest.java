package org.iccsp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {
    private static final long MS = 1_000_000;

    @Test
    void percentilesOfOneToOneThousandMilliseconds() {
        List<Long> nanos = LongStream.rangeClosed(1, 1000).map(i -> i * MS).boxed().toList();
        Stats stats = Stats.of("uniform", nanos, 2);
        assertEquals(1000, stats.count());
        assertEquals(2, stats.errors());
        assertEquals(500, stats.median(), 0.5);   // three significant digits
        assertEquals(950, stats.p95(), 1);
        assertEquals(990, stats.p99(), 1);
    }

    @Test
    void aLatencyOfAnyLengthIsRecorded() {
        Stats stats = Stats.of("slow", List.of(3 * MS, 3_600_000 * MS), 0);
        assertEquals(3, stats.median(), 0.01);
        assertEquals(3_600_000, stats.p99(), 3_600);
    }

    @Test
    void nothingMeasuredPrintsDashes() {
        Stats stats = Stats.of("none", List.of(), 5);
        assertTrue(Double.isNaN(stats.median()));
        assertEquals("| none | 0 | 5 | – | – | – |", stats.row());
    }
}
