package org.nura.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void aShareOfNothingIsNullNotADivisionByZero() {
        assertNull(Stats.share(0, 0));
        assertEquals(0.25, Stats.share(1, 4));
        assertEquals(0.0, Stats.share(0, 3));
    }

    @Test
    void changeIsRelativeAndNullWhenThePreviousPeriodIsEmpty() {
        assertEquals(0.5, Stats.change(3.0, 2.0));
        assertEquals(-1.0, Stats.change(0.0, 4.0));
        assertNull(Stats.change(5.0, 0.0), "previous 0: no infinite rise");
        assertNull(Stats.change(5.0, null), "previous unknown");
        assertNull(Stats.change(null, 2.0), "current unknown");
    }

    @Test
    void percentilesInterpolateLikePercentileCont() {
        // SELECT percentile_cont(0.5), percentile_cont(0.9) FROM unnest('{10,20,30,40}'::float8[]) → 25, 37
        assertEquals(25.0, Stats.median(List.of(40.0, 10.0, 30.0, 20.0)));
        assertEquals(37.0, Stats.percentile(List.of(10.0, 20.0, 30.0, 40.0), 0.9), 1e-9);
        assertEquals(20.0, Stats.median(List.of(30.0, 10.0, 20.0)));
        assertEquals(7.0, Stats.percentile(List.of(7.0), 0.9));
        assertEquals(10.0, Stats.percentile(List.of(10.0, 20.0), 0.0));
        assertEquals(20.0, Stats.percentile(List.of(10.0, 20.0), 1.0));
        assertNull(Stats.median(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(List.of(1.0), 1.5));
    }
}
