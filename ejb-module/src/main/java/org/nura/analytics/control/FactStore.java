package org.nura.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.nura.knowledge.control.KnowledgeConfig;

/**
 * Reads and writes the daily aggregates in the caller's transaction. A read takes the stored rows of the refreshed
 * days and the raw computation of every other day of the period (today, days not refreshed yet), then adds them up
 * in one statement; with an agent or category filter every day is computed from the raw rows of the sessions the
 * filter selects (the aggregates have no such dimension).
 */
@ApplicationScoped
public class FactStore {

    /** A row of a fact query: its values in select order. */
    public record Row(Object[] values) {

        public Object get(int i) {
            return values[i];
        }

        public long count(int i) {
            return values[i] == null ? 0 : ((Number) values[i]).longValue();
        }

        public double number(int i) {
            return values[i] == null ? 0 : ((Number) values[i]).doubleValue();
        }

        public String text(int i) {
            return values[i] == null ? null : values[i].toString();
        }
    }

    @Inject
    DataSource data;

    @Inject
    KnowledgeConfig knowledge;

    /** Takes the day's refresh lock until the transaction ends; waits while another node refreshes that day. */
    public void lockDay(LocalDate day) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtext('nura.analytics'), ?)")) {
            s.setInt(1, (int) day.toEpochDay());
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the analytics lock of " + day, e);
        }
    }

    /** Replaces the stored rows of one fact and day with the raw computation; returns how many rows it stored. */
    public int refresh(Fact fact, LocalDate day) {
        Period one = new Period(day, day);
        String columns = String.join(", ", fact.columns());
        try (Connection c = data.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + fact.table() + " WHERE day = ?")) {
                delete.setObject(1, day);
                delete.executeUpdate();
            }
            List<Object> params = new ArrayList<>();
            rawParameters(fact, one, Filters.NONE, params);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + fact.table() + " (" + columns
                    + ") SELECT " + columns + " FROM (" + fact.raw(null) + ") r")) {
                bind(c, insert, params);
                return insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not refresh " + fact.table() + " for " + day, e);
        }
    }

    /** Marks the day refreshed (upsert: a second refresh of the day only moves the time). */
    public void markRefreshed(LocalDate day, long millis) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO analytics_refreshed_days (day, refreshed_at, millis) VALUES (?, now(), ?)"
                        + " ON CONFLICT (day) DO UPDATE SET refreshed_at = now(), millis = EXCLUDED.millis")) {
            s.setObject(1, day);
            s.setInt(2, (int) Math.min(Integer.MAX_VALUE, millis));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark " + day + " refreshed", e);
        }
    }

    /** The days of the period whose aggregates are stored. */
    public SortedSet<LocalDate> refreshed(Period period) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT day FROM analytics_refreshed_days WHERE day >= ? AND day <= ?")) {
            s.setObject(1, period.first());
            s.setObject(2, period.last());
            SortedSet<LocalDate> days = new TreeSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    days.add(rs.getObject(1, LocalDate.class));
                }
            }
            return days;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the refreshed days", e);
        }
    }

    /** {@link #query(Fact, Period, Filters, String, String, List, String)} without a condition of its own. */
    public List<Row> query(Fact fact, Period period, Filters filters, String select, String tail) {
        return query(fact, period, filters, select, "true", List.of(), tail);
    }

    /** {@link #query(Fact, Period, Filters, String, String, List, String)} with a condition without parameters. */
    public List<Row> query(Fact fact, Period period, Filters filters, String select, String condition, String tail) {
        return query(fact, period, filters, select, condition, List.of(), tail);
    }

    /**
     * {@code SELECT select FROM (the fact's rows of the period) f WHERE condition AND filters tail}: {@code select},
     * {@code condition} (with its parameters) and {@code tail} (GROUP BY, ORDER BY, LIMIT) name the fact's columns.
     */
    public List<Row> query(Fact fact, Period period, Filters filters, String select, String condition,
            List<Object> conditionParams, String tail) {
        SortedSet<LocalDate> stored = filters.selectsSessions() ? new TreeSet<>() : refreshed(period);
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        String columns = String.join(", ", fact.columns());
        if (!stored.isEmpty()) {
            parts.add("SELECT " + columns + " FROM " + fact.table() + " WHERE day >= ? AND day <= ? AND day = ANY(?)");
            params.add(period.first());
            params.add(period.last());
            params.add(stored);
        }
        List<LocalDate> missing = period.first().datesUntil(period.last().plusDays(1))
                .filter(d -> !stored.contains(d)).toList();
        if (!missing.isEmpty()) {
            rawParameters(fact, new Period(missing.get(0), missing.get(missing.size() - 1)), filters, params);
            parts.add("SELECT " + columns + " FROM (" + fact.raw(filters.sessionSubquery()) + ") r"
                    + " WHERE r.day <> ALL(?)");
            params.add(stored);
        }
        StringBuilder where = new StringBuilder(" WHERE " + condition);
        params.addAll(conditionParams);
        if (filters.channel() != null) {
            where.append(" AND f.channel = ?");
            params.add(filters.channel());
        }
        if (filters.lang() != null) {
            where.append(" AND f.lang = ?");
            params.add(filters.lang());
        }
        return rows("SELECT " + select + " FROM (" + String.join(" UNION ALL ", parts) + ") f" + where + " " + tail,
                params);
    }

    /** Runs a read-only statement and returns its rows. */
    public List<Row> rows(String sql, List<Object> params) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, params);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] values = new Object[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = rs.getObject(i + 1);
                    }
                    rows.add(new Row(values));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("an analytics query failed", e);
        }
    }

    private void rawParameters(Fact fact, Period range, Filters filters, List<Object> params) {
        if (fact.needsThreshold()) {
            params.add(knowledge.localConfidenceThreshold());
        }
        for (int i = 0; i < fact.ranges(); i++) {
            params.add(range.start().atOffset(ZoneOffset.UTC));
            params.add(range.end().atOffset(ZoneOffset.UTC));
            params.addAll(filters.outcomeParameters());
        }
    }

    private static void bind(Connection c, PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof SortedSet<?> days) {
                s.setArray(i + 1, c.createArrayOf("date", days.stream().map(d -> java.sql.Date.valueOf(
                        (LocalDate) d)).toArray()));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }
}
