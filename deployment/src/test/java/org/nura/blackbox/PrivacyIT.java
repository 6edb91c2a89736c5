package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;

/**
 * A data subject's export and erasure, and the retention sweep: afterwards no table that names a customer (any table
 * with customer_id or session_id, found in information_schema) and no Redis key holds anything of them.
 */
@ExtendWith(NuraServer.class)
class PrivacyIT {

    @Test
    void exportThenEraseLeavesNothingOfTheCustomerAndEverythingOfOthers() throws Exception {
        String customerId = "privacy-" + UUID.randomUUID();
        List<String> sessions = richHistory(customerId);
        Customer other = new Customer("privacy-other-" + UUID.randomUUID());
        other.say("hello");
        assertTrue(Eventually.within(Duration.ofSeconds(60), () -> insights(sessions) >= 2
                && insights(List.of(other.sessionId())) >= 1), "the insight jobs ran");

        assertEquals(401, Api.get("/v1/customers/" + customerId + "/export").status());
        Api.Reply export = Api.get("/v1/customers/" + customerId + "/export", Api.bearer());
        assertEquals(200, export.status(), export.body());
        JsonObject body = export.json();
        assertEquals(customerId, body.getString("customer_id"));
        assertEquals(sessions.stream().sorted().toList(), body.getJsonArray("session_ids").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject tables = body.getJsonObject("tables");
        for (String table : List.of("sessions", "conversation_logs", "chat_turns", "message_feedback", "tree_clicks",
                "widget_events", "message_insights", "session_outcomes", "live_events", "jobs")) {
            assertFalse(tables.getJsonArray(table).isEmpty(), table + " exported: " + tables);
        }
        assertTrue(export.body().contains("how do I recharge my balance"), "the customer's own words are exported");
        assertFalse(export.body().contains("session_token_hash"), "the session secret is not exported");
        assertFalse(export.body().contains(other.sessionId()), "nobody else's data");
        Map<String, Long> before = CustomerRowsInDb.naming(customerId, sessions);
        assertTrue(before.keySet().containsAll(List.of("sessions", "conversation_logs", "jobs")), before.toString());
        assertFalse(redisKeysNaming(sessions).isEmpty(), "the session copies are in Redis before the erasure");

        assertEquals(401, Api.send("DELETE", "/v1/customers/" + customerId, null).status());
        Api.Reply erased = Api.send("DELETE", "/v1/customers/" + customerId, null, Api.bearer());
        assertEquals(200, erased.status(), erased.body());
        assertEquals(2, erased.json().getInt("sessions"));

        assertEquals(Map.of(), CustomerRowsInDb.naming(customerId, sessions), "rows left naming the customer");
        assertEquals(List.of(), redisKeysNaming(sessions), "Redis keys left naming the customer's sessions");
        assertFalse(CustomerRowsInDb.naming(other.customerId(), List.of(other.sessionId())).isEmpty(),
                "the other customer keeps everything");
        assertEquals(200, other.send("and me?", null).status(), "the other customer's session still works");
        Api.Reply gone = new Customer(customerId).send("x", null);
        assertEquals(200, gone.status(), "an erased customer may come back as a new one");
        assertEquals(200, Api.get("/v1/customers/" + customerId + "/export", Api.bearer()).status());
    }

    @Test
    void theRetentionSweepDeletesOnlyConversationsOlderThanRetentionDays() throws Exception {
        Customer old = new Customer("retention-old-" + UUID.randomUUID());
        old.say("hello");
        old.say("how do I recharge my balance?");
        Customer recent = new Customer("retention-new-" + UUID.randomUUID());
        recent.say("hello");
        assertTrue(Eventually.within(Duration.ofSeconds(60), () -> insights(List.of(old.sessionId())) >= 2
                && insights(List.of(recent.sessionId())) >= 1), "the insight jobs ran");
        backdate(old.sessionId(), 31); // RETENTION_DAYS=30 on the test server
        backdate(recent.sessionId(), 29);

        Api.Reply run = Api.post("/v1/admin/retention/run", null, Api.bearer());
        assertEquals(200, run.status(), run.body());
        assertEquals(30, run.json().getInt("retention_days"));
        assertTrue(run.json().getInt("sessions") >= 1, run.body());
        assertEquals(Map.of(), CustomerRowsInDb.naming(old.customerId(), List.of(old.sessionId())));
        Map<String, Long> kept = CustomerRowsInDb.naming(recent.customerId(), List.of(recent.sessionId()));
        assertEquals(1L, kept.get("sessions"), kept.toString());
        assertEquals(2L, kept.get("conversation_logs"), kept.toString());
        assertEquals(401, Api.post("/v1/admin/retention/run", null).status());
    }

    /** Two sessions: messages, feedback, a click, a handoff with an agent's reply (chat turns, live events, jobs). */
    private static List<String> richHistory(String customerId) throws Exception {
        Customer first = new Customer(customerId);
        first.say("hello");
        String answer = first.say("how do I recharge my balance?").getString("message_id");
        String rating = Json.createObjectBuilder().add("session_id", first.sessionId())
                .add("session_token", first.token()).add("message_id", answer).add("rating", "down").build().toString();
        assertEquals(200, Api.post("/v1/feedback", rating).status());
        String click = Json.createObjectBuilder().add("session_id", first.sessionId()).add("customer_id", customerId)
                .add("event_type", "tree_click").add("label", "apps").add("topic_id", "apps").build().toString();
        assertEquals(200, Api.post("/v1/analytics/click", click).status());
        Customer second = Desk.pendingCustomer(customerId);
        Desk.ok(Desk.accept(second.sessionId(), "agent-privacy"));
        Desk.ok(Desk.reply(second.sessionId(), "Hello, I am here to help."));
        assertEquals(200, second.send("thanks", null).status());
        return List.of(first.sessionId(), second.sessionId());
    }

    private static long insights(List<String> sessions) throws SQLException {
        long n = 0;
        for (String session : sessions) {
            n += Rows.ofSession("message_insights", session);
        }
        return n;
    }

    /** Moves every row of the session back in time, as if it had last been touched that many days ago. */
    private static void backdate(String sessionId, int days) throws SQLException {
        try (var c = NuraServer.db()) {
            for (String[] table : CustomerRowsInDb.tables()) {
                if ("true".equals(table[1]) && hasColumn(c, table[0], "created_at")) {
                    try (var s = c.prepareStatement("UPDATE " + table[0] + " SET created_at = now() - make_interval("
                            + "days => ?) WHERE session_id = ?")) {
                        s.setInt(1, days);
                        s.setString(2, sessionId);
                        s.executeUpdate();
                    }
                }
            }
            try (var s = c.prepareStatement("UPDATE sessions SET updated_at = now() - make_interval(days => ?),"
                    + " last_message_at = now() - make_interval(days => ?) WHERE session_id = ?")) {
                s.setInt(1, days);
                s.setInt(2, days);
                s.setString(3, sessionId);
                assertEquals(1, s.executeUpdate());
            }
        }
    }

    private static boolean hasColumn(java.sql.Connection c, String table, String column) throws SQLException {
        try (var rs = c.getMetaData().getColumns(null, null, table, column)) {
            return rs.next();
        }
    }

    private static List<String> redisKeysNaming(List<String> sessions) {
        URI uri = URI.create(NuraServer.redisUrl());
        List<String> found = new ArrayList<>();
        try (Jedis redis = new Jedis(uri.getHost(), uri.getPort())) {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                var page = redis.scan(cursor, new ScanParams().count(1000));
                page.getResult().stream().filter(k -> sessions.stream().anyMatch(k::contains)).forEach(found::add);
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        }
        return found;
    }
}
