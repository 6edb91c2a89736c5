package org.nura.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nura.platform.control.NuraException;

class PeriodTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    @Test
    void daysCountTodayAndTheDaysBefore() {
        Period p = Period.of(30, null, null, TODAY);
        assertEquals(LocalDate.parse("2026-11-01"), p.first());
        assertEquals(TODAY, p.last());
        assertEquals(30, p.days());
        assertEquals(p, Period.of(null, null, null, TODAY), "30 days by default");
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), p.start());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), p.end());
    }

    @Test
    void thePreviousPeriodIsAsLongAndEndsTheDayBefore() {
        Period p = Period.of(null, "2026-01-11", "2026-01-20", TODAY);
        Period before = p.previous();
        assertEquals(LocalDate.parse("2026-01-01"), before.first());
        assertEquals(LocalDate.parse("2026-01-10"), before.last());
        assertEquals(10, before.days());
        assertEquals(TODAY, Period.of(null, "2026-11-20", null, TODAY).last(), "from alone runs to today");
        assertTrue(p.contains(LocalDate.parse("2026-01-20")));
    }

    @Test
    void badPeriodsAreRefusedAs400() {
        for (Runnable bad : new Runnable[] {
            () -> Period.of(0, null, null, TODAY), () -> Period.of(367, null, null, TODAY),
            () -> Period.of(null, "2026-02-01", "2026-01-01", TODAY), () -> Period.of(null, "yesterday", null, TODAY),
            () -> Period.of(null, null, "2026-01-01", TODAY), () -> Period.of(7, "2026-01-01", null, TODAY),
            () -> Period.of(null, "2020-01-01", "2026-01-01", TODAY)}) {
            NuraException e = assertThrows(NuraException.class, bad::run);
            assertEquals(NuraException.Kind.VALIDATION, e.kind());
        }
    }
}
