package org.nura.analytics.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nura.analytics.control.FactStore;
import org.nura.analytics.control.LiveFigures;
import org.nura.analytics.control.Period;
import org.nura.analytics.control.RatingFigures;
import org.nura.analytics.control.SectionReader;
import org.nura.analytics.control.Stats;
import org.nura.analytics.control.Totals;
import org.nura.analytics.control.TotalsReader;

/** The supervisors' dashboard: the period's KPIs beside the previous period's (read-only). */
@Stateless
public class Dashboards {

    @Inject
    TotalsReader totals;

    @Inject
    SectionReader sections;

    @Inject
    LiveFigures live;

    @Inject
    RatingFigures ratings;

    /** {@code days} or {@code from}/{@code to} as {@link Period#of} reads them. */
    public DashboardView dashboard(Integer days, String from, String to) {
        Period period = Period.of(days, from, to, LocalDate.now(ZoneOffset.UTC));
        Period previous = period.previous();
        Totals now = totals.totals(period);
        Totals before = totals.totals(previous);
        Map<String, DashboardView.Count> bySource = new LinkedHashMap<>();
        Totals.SOURCES.forEach(s -> bySource.put(s, DashboardView.Count.of(now.answers(s), before.answers(s))));
        now.answersBySource().keySet().stream().filter(s -> !bySource.containsKey(s))
                .forEach(s -> bySource.put(s, DashboardView.Count.of(now.answers(s), before.answers(s))));
        return new DashboardView(period.first(), period.last(), previous.first(), previous.last(),
                DashboardView.Count.of(now.conversations(), before.conversations()),
                DashboardView.Count.of(now.customerMessages(), before.customerMessages()), bySource,
                activity(period), live.latest(period), satisfaction(now, before, ratings.overall(period)),
                DashboardView.Figure.of(now.deflection(), before.deflection()),
                DashboardView.Figure.of(now.automation(), before.automation()),
                DashboardView.Figure.of(now.resolution(), before.resolution()),
                DashboardView.Count.of(now.knowledgeGaps(), before.knowledgeGaps()),
                new DashboardView.Ai(DashboardView.Count.of(now.llmCalls(), before.llmCalls()),
                        DashboardView.Count.of(now.tokens(), before.tokens()),
                        DashboardView.Figure.of(now.costUsd(), before.costUsd())),
                timing(now.secondsToAccept(), before.secondsToAccept()),
                timing(now.secondsToResolve(), before.secondsToResolve()), live.oldestWaiting().orElse(null));
    }

    private static DashboardView.Satisfaction satisfaction(Totals now, Totals before, RatingFigures.Average rated) {
        return new DashboardView.Satisfaction(DashboardView.Count.of(now.thumbsUp(), before.thumbsUp()),
                DashboardView.Count.of(now.thumbsDown(), before.thumbsDown()),
                DashboardView.Figure.of(now.satisfaction(), before.satisfaction()), rated.average(), rated.ratings());
    }

    private static DashboardView.Timing timing(List<Double> now, List<Double> before) {
        return new DashboardView.Timing(DashboardView.Figure.of(Stats.median(now), Stats.median(before)),
                DashboardView.Figure.of(Stats.percentile(now, 0.9), Stats.percentile(before, 0.9)));
    }

    /** Every day of the period, zero where nothing happened. */
    private List<DashboardView.DayActivity> activity(Period period) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        period.first().datesUntil(period.last().plusDays(1)).forEach(d -> days.put(d, new long[4]));
        for (FactStore.Row r : sections.volumeByDay(period)) {
            long[] day = days.get(date(r.get(0)));
            day[0] = r.count(1);
            day[1] = r.count(2);
            day[2] = r.count(3);
        }
        for (FactStore.Row r : sections.answersByDay(period)) {
            days.get(date(r.get(0)))[3] = r.count(1);
        }
        List<DashboardView.DayActivity> activity = new ArrayList<>();
        days.forEach((d, v) -> activity.add(new DashboardView.DayActivity(d, v[0], v[1], v[2], v[3])));
        return activity;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
