package org.nura.admin.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers as people read them; nothing to measure is a dash, never a zero. */
class FiguresTest {

    private final Figures english = new Figures(Locale.ENGLISH);
    private final Figures arabic = new Figures(Locale.forLanguageTag("ar"));

    @Test
    void sharesAndChanges() {
        assertEquals("42.5%", english.percent(0.425));
        assertEquals("+25%", english.change(0.25));
        assertEquals("-10%", english.change(-0.1));
        assertEquals("0%", english.change(0.0));
        assertEquals("—", english.change(null), "an empty previous period has no change");
        assertEquals("—", english.percent(null));
    }

    @Test
    void durationsInTheUsersUnits() {
        assertEquals("45 s", english.seconds(44.6));
        assertEquals("3 min 20 s", english.seconds(200));
        assertEquals("2 h 5 min", english.seconds(7500));
        assertEquals("—", english.seconds(null));
        assertEquals(arabic.count(3) + " د " + arabic.count(20) + " ث", arabic.seconds(200));
    }

    @Test
    void countsMoneyAndTimes() {
        assertEquals("1,234,567", english.count(1_234_567L));
        assertEquals("$12.50", english.money(12.5));
        assertEquals("2026-11-30 06:00", english.time(OffsetDateTime.parse("2026-11-30T08:00:00+02:00")));
    }

    @Test
    void theTrendSaysWhetherAChangeIsGood() {
        assertEquals("better", DashboardView.trend(0.2, true));
        assertEquals("worse", DashboardView.trend(0.2, false));
        assertEquals("better", DashboardView.trend(-0.2, false));
        assertEquals("same", DashboardView.trend(null, true));
        assertEquals("same", DashboardView.trend(0.3, null));
    }
}
