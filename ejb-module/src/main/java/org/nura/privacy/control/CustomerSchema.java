package org.nura.privacy.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables that name a customer, found in the live schema (every table with a {@code session_id} or {@code
 * customer_id} column), so that a table another component adds later is exported and erased without a change
 * here. They come ordered so that rows referring to others (feedback → message → session) go first.
 */
final class CustomerSchema {

    /** A table that names customers: by session, by customer id, or both; whether it has a created_at column. */
    record Table(String name, boolean bySession, boolean byCustomer, boolean created) {

        /** The WHERE clause for a customer's rows: {@code ?} is the session id array, then the customer id. */
        String customerFilter() {
            if (bySession && byCustomer) {
                return "session_id = ANY(?) OR customer_id = ?";
            }
            return bySession ? "session_id = ANY(?)" : "customer_id = ?";
        }

        /** The same table matched by session only (the retention sweep knows sessions, not customers). */
        Table sessionsOnly() {
            return new Table(name, bySession, false, created);
        }
    }

    private static final String COLUMNS = "SELECT table_name, bool_or(column_name = 'session_id'),"
            + " bool_or(column_name = 'customer_id'), bool_or(column_name = 'created_at') FROM information_schema.columns"
            + " WHERE table_schema = current_schema() AND column_name IN ('session_id', 'customer_id', 'created_at')"
            + " AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            + " AND table_type = 'BASE TABLE') GROUP BY table_name"
            + " HAVING bool_or(column_name = 'session_id') OR bool_or(column_name = 'customer_id') ORDER BY table_name";
    private static final String REFERENCES = "SELECT DISTINCT child.relname, parent.relname FROM pg_constraint k"
            + " JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid"
            + " WHERE k.contype = 'f' AND child.relnamespace = current_schema()::regnamespace";

    private CustomerSchema() {
    }

    /** The customer tables, each after every table whose rows refer to it. */
    static List<Table> tables(Connection c) throws SQLException {
        Map<String, Table> found = new LinkedHashMap<>();
        try (var statement = c.createStatement(); ResultSet rs = statement.executeQuery(COLUMNS)) {
            while (rs.next()) {
                found.put(rs.getString(1), new Table(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3),
                        rs.getBoolean(4)));
            }
        }
        return referrersFirst(found, references(c));
    }

    private static Map<String, Set<String>> references(Connection c) throws SQLException {
        Map<String, Set<String>> referrers = new HashMap<>();
        try (var statement = c.createStatement(); ResultSet rs = statement.executeQuery(REFERENCES)) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    referrers.computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getString(1));
                }
            }
        }
        return referrers;
    }

    /** A table is emitted once no remaining table refers to it; a cycle (none today) falls back to name order. */
    static List<Table> referrersFirst(Map<String, Table> tables, Map<String, Set<String>> referrers) {
        List<Table> ordered = new ArrayList<>();
        Set<String> remaining = new HashSet<>(tables.keySet());
        while (!remaining.isEmpty()) {
            List<String> free = tables.keySet().stream().filter(remaining::contains)
                    .filter(t -> referrers.getOrDefault(t, Set.of()).stream().noneMatch(remaining::contains)).toList();
            List<String> next = free.isEmpty() ? List.of(remaining.stream().sorted().findFirst().orElseThrow()) : free;
            next.forEach(t -> ordered.add(tables.get(t)));
            next.forEach(remaining::remove);
        }
        return ordered;
    }
}
