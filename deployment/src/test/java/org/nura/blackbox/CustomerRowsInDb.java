package org.nura.blackbox;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row in the database that names a customer: each table with a customer_id or session_id column, found in
 * information_schema (so a table added later is checked too), plus background jobs whose payload names them.
 */
final class CustomerRowsInDb {

    private CustomerRowsInDb() {
    }

    /** Table → number of rows naming the customer id or one of the session ids (tables with none are left out). */
    static Map<String, Long> naming(String customerId, List<String> sessionIds) throws SQLException {
        Map<String, Long> found = new LinkedHashMap<>();
        for (String[] table : tables()) {
            String sql = "SELECT count(*) FROM " + table[0] + " WHERE "
                    + ("true".equals(table[1]) ? "session_id = ANY(?)" : "false")
                    + ("true".equals(table[2]) ? " OR customer_id = ?" : "");
            long n = count(sql, "true".equals(table[1]) ? sessionIds : null, "true".equals(table[2]) ? customerId : null);
            if (n > 0) {
                found.put(table[0], n);
            }
        }
        long jobs = count("SELECT count(*) FROM jobs WHERE EXISTS (SELECT 1 FROM unnest(?::text[]) s(id)"
                + " WHERE strpos(payload, s.id) > 0 OR reference = s.id) OR strpos(payload, ?) > 0", sessionIds,
                "\"customer_id\":\"" + customerId + "\"");
        if (jobs > 0) {
            found.put("jobs", jobs);
        }
        return found;
    }

    /** [name, has session_id, has customer_id] of every base table with one of the two columns. */
    static List<String[]> tables() throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (var c = NuraServer.db(); var s = c.createStatement(); var rs = s.executeQuery(
                "SELECT c.table_name, bool_or(c.column_name = 'session_id'), bool_or(c.column_name = 'customer_id')"
                        + " FROM information_schema.columns c JOIN information_schema.tables t"
                        + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                        + " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
                        + " AND c.column_name IN ('session_id', 'customer_id') GROUP BY c.table_name")) {
            while (rs.next()) {
                tables.add(new String[] {rs.getString(1), String.valueOf(rs.getBoolean(2)),
                        String.valueOf(rs.getBoolean(3))});
            }
        }
        return tables;
    }

    private static long count(String sql, List<String> sessionIds, String customerId) throws SQLException {
        try (var c = NuraServer.db(); var s = c.prepareStatement(sql)) {
            int i = 1;
            if (sessionIds != null) {
                Array ids = c.createArrayOf("varchar", sessionIds.toArray());
                s.setArray(i++, ids);
            }
            if (customerId != null) {
                s.setString(i, customerId);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
