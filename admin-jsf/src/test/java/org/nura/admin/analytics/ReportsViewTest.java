package org.nura.admin.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CSV's file name names the section and the period, and nothing a header could be broken with. */
class ReportsViewTest {

    @Test
    void fileNames() {
        ReportsView view = new ReportsView();
        assertEquals("nura-intents-30d.csv", view.fileName("intents"));
        view.setFrom("2026-11-01");
        view.setTo("2026-11-30\"\r\nX: y");
        assertEquals("nura-cost-2026-11-01_2026-11-30Xy.csv", view.fileName("cost"));
        view.setTo(null);
        assertEquals("nura-agents-2026-11-01_today.csv", view.fileName("agents"));
    }

    /** An emptied date field (from= in the address) is no date: the period stays "days", not a refused mix. */
    @Test
    void blankDatesAreNoDates() {
        ReportsView view = new ReportsView();
        view.setFrom("");
        view.setTo("  ");
        assertEquals("nura-handoffs-30d.csv", view.fileName("handoffs"));
        assertEquals(null, view.getFrom());
    }

    @Test
    void tabsFollowTheSections() {
        ReportsView view = new ReportsView();
        view.setSection("outcomes");
        assertEquals(3, view.getTabIndex());
        view.setSection("nonsense");
        assertEquals(0, view.getTabIndex());
        view.setTabIndex(5);
        assertEquals("agents", view.getSection());
        view.setTabIndex(9);
        assertEquals("agents", view.getSection(), "an index past the tabs changes nothing");
    }
}
