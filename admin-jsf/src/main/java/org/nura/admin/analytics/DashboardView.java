package org.nura.admin.analytics;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.analytics.boundary.DashboardView.Count;
import org.nura.analytics.boundary.DashboardView.DayActivity;
import org.nura.analytics.boundary.DashboardView.Figure;
import org.nura.analytics.boundary.Dashboards;
import org.nura.analytics.boundary.Reports;
import org.nura.analytics.control.Filters;
import org.nura.analytics.control.LiveFigures;
import org.nura.analytics.control.ReportRows;
import org.nura.platform.control.NuraException;

/**
 * The supervisors' dashboard: each KPI beside the previous period of the same length and its change, activity
 * per day, answers by source and handoffs by reason as charts, for the last 7, 30 or 90 days or chosen dates.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Integer> PERIODS = List.of(7, 30, 90);

    /** A KPI as the page shows it; {@code trend} is better, worse or same, for the arrow's colour. */
    public record Kpi(String id, String label, String value, String previous, String change, String trend) {
    }

    @Inject
    Dashboards dashboards;

    @Inject
    Reports reports;

    @Inject
    ConsoleSession session;

    @Inject
    Figures figures;

    private int days = 30;
    private String from;
    private String to;
    private transient org.nura.analytics.boundary.DashboardView dashboard;
    private transient Map<String, Long> reasons;

    /** Reads the period's figures (on opening the page and on every change of period); a refusal is a message. */
    public void load() {
        dashboard = null;
        reasons = null;
        boolean dates = from != null && !from.isBlank() || to != null && !to.isBlank();
        Integer n = dates ? null : days;
        try {
            dashboard = dashboards.dashboard(n, dates ? from : null, dates ? to : null);
            reasons = new LinkedHashMap<>();
            for (Record r : reports.section(n, dates ? from : null, dates ? to : null, Filters.NONE, "handoffs")) {
                ReportRows.HandoffGroup g = (ReportRows.HandoffGroup) r;
                reasons.merge(g.reason() == null ? "unknown" : g.reason(), g.handoffs(), Long::sum);
            }
        } catch (NuraException e) {
            Notices.refused(e);
        }
    }

    /** A preset period: the dates are cleared. */
    public void choose(int n) {
        days = PERIODS.contains(n) ? n : 30;
        from = null;
        to = null;
        load();
    }

    public boolean isLoaded() {
        return dashboard != null;
    }

    public org.nura.analytics.boundary.DashboardView getDashboard() {
        return dashboard;
    }

    public List<Kpi> getKpis() {
        if (dashboard == null) {
            return List.of();
        }
        var d = dashboard;
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(count("conversations", d.conversations(), true));
        kpis.add(count("customer_messages", d.customerMessages(), true));
        kpis.add(share("deflection", d.deflection(), true));
        kpis.add(share("automation", d.automation(), true));
        kpis.add(share("resolution", d.resolution(), true));
        kpis.add(share("satisfaction", d.satisfaction().thumbsUpShare(), true));
        // end-of-chat 1-5 ratings (issue 20): the period's mean and count; the view carries no previous figure
        kpis.add(kpi("rating_average", figures.decimal(d.satisfaction().ratingAverage(), 2), figures.decimal(null, 2),
                null, true));
        kpis.add(kpi("ratings", figures.count(d.satisfaction().ratings()), figures.count(null), null, true));
        kpis.add(count("knowledge_gaps", d.knowledgeGaps(), false));
        kpis.add(seconds("accept_median", d.timeToAccept().medianSeconds()));
        kpis.add(seconds("accept_p90", d.timeToAccept().p90Seconds()));
        kpis.add(seconds("resolve_median", d.timeToResolve().medianSeconds()));
        kpis.add(seconds("resolve_p90", d.timeToResolve().p90Seconds()));
        kpis.add(count("ai_calls", d.ai().calls(), null));
        kpis.add(count("ai_tokens", d.ai().tokens(), null));
        Figure cost = d.ai().costUsd();
        kpis.add(kpi("ai_cost", figures.money(cost.value()), figures.money(cost.previous()), cost.change(), null));
        return kpis;
    }

    public LiveFigures.Waiting getOldestWaiting() {
        return dashboard == null ? null : dashboard.oldestWaiting();
    }

    public List<LiveFigures.Conversation> getLatest() {
        return dashboard == null ? List.of() : dashboard.latestConversations();
    }

    /** Conversations, customer messages and handoffs per day. */
    public String getActivityChart() {
        if (dashboard == null) {
            return null;
        }
        List<DayActivity> days = dashboard.activity();
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put(text("chart.conversations"), days.stream().map(DayActivity::conversations).toList());
        series.put(text("chart.messages"), days.stream().map(DayActivity::customerMessages).toList());
        series.put(text("chart.handedoff"), days.stream().map(DayActivity::handedOff).toList());
        return Charts.lines(days.stream().map(a -> a.day().toString()).toList(), series, rtl());
    }

    /** Answers by the tier (or person) that gave them. */
    public String getSourcesChart() {
        if (dashboard == null) {
            return null;
        }
        Map<String, Count> sources = dashboard.answersBySource();
        return Charts.bars(sources.keySet().stream().map(s -> label("source.", s)).toList(), text("chart.answers"),
                sources.values().stream().map(Count::value).toList(), rtl());
    }

    /** Handoffs requested in the period by their reason. */
    public String getReasonsChart() {
        if (reasons == null) {
            return null;
        }
        return Charts.donut(reasons.keySet().stream().map(r -> label("reason.", r)).toList(),
                List.copyOf(reasons.values()), rtl());
    }

    public boolean isNoHandoffs() {
        return reasons != null && reasons.isEmpty();
    }

    private Kpi count(String id, Count c, Boolean upIsBetter) {
        return kpi(id, figures.count(c.value()), figures.count(c.previous()), c.change(), upIsBetter);
    }

    private Kpi share(String id, Figure f, Boolean upIsBetter) {
        return kpi(id, figures.percent(f.value()), figures.percent(f.previous()), f.change(), upIsBetter);
    }

    /** Waiting longer is worse. */
    private Kpi seconds(String id, Figure f) {
        return kpi(id, figures.seconds(f.value()), figures.seconds(f.previous()), f.change(), false);
    }

    private Kpi kpi(String id, String value, String previous, Double change, Boolean upIsBetter) {
        return new Kpi(id, text("kpi." + id), value, previous, figures.change(change), trend(change, upIsBetter));
    }

    static String trend(Double change, Boolean upIsBetter) {
        if (change == null || change == 0 || upIsBetter == null) {
            return "same";
        }
        return change > 0 == upIsBetter ? "better" : "worse";
    }

    /** A source's or reason's name in the user's language; the code itself when the texts do not know it. */
    private static String label(String prefix, String code) {
        return Notices.label("amsg", prefix, code);
    }

    private static String text(String key) {
        return Notices.text("amsg", key);
    }

    private boolean rtl() {
        return "rtl".equals(session.getDirection());
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = PERIODS.contains(days) ? days : 30;
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public String getFrom() {
        return from;
    }

    /** A blank date (an emptied date field, {@code from=} in the address) is no date. */
    public void setFrom(String from) {
        this.from = from == null || from.isBlank() ? null : from.strip();
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to == null || to.isBlank() ? null : to.strip();
    }
}
