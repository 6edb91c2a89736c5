package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dashboard, reports and ratings against a small known history (AnalyticsData) with figures computed by hand:
 * every KPI and its change (an empty previous period gives null changes, never an error), every report section and
 * filter, the agents section, and roles. The original's tests 21 (dashboard KPIs), 22 (a zero previous period) and
 * 23 (report sections) live here. CSV and the aggregates are in AnalyticsExportIT.
 */
@ExtendWith(NuraServer.class)
class AnalyticsIT {

    static final double EPS = 1e-9;
    static AnalyticsData data;

    @BeforeAll
    static void load() throws Exception {
        data = new AnalyticsData();
        data.load();
    }

    static JsonObject get(String path) {
        Api.Reply reply = Api.get("/v1/analytics/" + path, Staff.supervisor("analytics-supervisor").bearer());
        assertEquals(200, reply.status(), path + ": " + reply.body());
        return reply.json();
    }

    static JsonObject periodA(String what, String filters) {
        return get(what + "?from=" + AnalyticsData.A_FROM + "&to=" + AnalyticsData.A_TO + filters);
    }

    @Test
    void dashboardKpisOfAPeriodWhosePreviousPeriodIsEmpty() {
        JsonObject d = periodA("dashboard", "");
        assertEquals("2025-03-01", d.getString("previous_from"));
        assertEquals("2025-03-10", d.getString("previous_to"));
        count(d.getJsonObject("conversations"), 5, 0);
        count(d.getJsonObject("customer_messages"), 10, 0);
        Map<String, Integer> sources = Map.of("tree", 2, "rules", 1, "local", 2, "rag", 1, "openai", 1, "agent", 1,
                "handoff", 3, "fallback", 2);
        sources.forEach((s, n) -> count(d.getJsonObject("answers_by_source").getJsonObject(s), n, 0));
        figure(d.getJsonObject("deflection"), 0.4, null);
        figure(d.getJsonObject("automation"), 0.5, null);
        figure(d.getJsonObject("resolution"), 2.0 / 3, null);
        JsonObject satisfaction = d.getJsonObject("satisfaction");
        count(satisfaction.getJsonObject("thumbs_up"), 2, 0);
        count(satisfaction.getJsonObject("thumbs_down"), 2, 0);
        figure(satisfaction.getJsonObject("thumbs_up_share"), 0.5, null);
        assertEquals(11.0 / 3, satisfaction.getJsonNumber("rating_average").doubleValue(), 1e-6, "(5 + 4 + 2) / 3");
        assertEquals(3, satisfaction.getInt("ratings"));
        count(d.getJsonObject("knowledge_gaps"), 4, 0);
        count(d.getJsonObject("ai").getJsonObject("calls"), 3, 0);
        count(d.getJsonObject("ai").getJsonObject("tokens"), 500, 0);
        assertEquals(0.001557, d.getJsonObject("ai").getJsonObject("cost_usd").getJsonNumber("value").doubleValue(),
                EPS);
        figure(d.getJsonObject("time_to_accept").getJsonObject("median_seconds"), 60.0, null);
        figure(d.getJsonObject("time_to_accept").getJsonObject("p90_seconds"), 108.0, null);
        figure(d.getJsonObject("time_to_resolve").getJsonObject("median_seconds"), 345.0, null);
        figure(d.getJsonObject("time_to_resolve").getJsonObject("p90_seconds"), 549.0, null);
        JsonArray activity = d.getJsonArray("activity");
        assertEquals(10, activity.size(), "every day of the period");
        JsonObject march12 = activity.getJsonObject(1);
        assertEquals("2025-03-12", march12.getString("day"));
        assertEquals(2, march12.getInt("conversations"));
        assertEquals(5, march12.getInt("customer_messages"));
        assertEquals(1, march12.getInt("handed_off"));
        assertEquals(7, march12.getInt("answers"), "5 assistant answers and 2 tree articles");
        assertEquals(List.of(data.s5, data.s4, data.s3, data.s2, data.s1), d.getJsonArray("latest_conversations")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("session_id")).toList());
    }

    @Test
    void changesAgainstAPreviousPeriodThatHadData() {
        JsonObject d = get("dashboard?from=" + AnalyticsData.B_FROM + "&to=" + AnalyticsData.B_TO);
        count(d.getJsonObject("conversations"), 1, 5);
        assertEquals(-0.8, d.getJsonObject("conversations").getJsonNumber("change").doubleValue(), EPS);
        count(d.getJsonObject("customer_messages"), 2, 10);
        figure(d.getJsonObject("deflection"), 1.0, 0.4);
        assertEquals(1.5, d.getJsonObject("deflection").getJsonNumber("change").doubleValue(), EPS);
        figure(d.getJsonObject("automation"), 0.5, 0.5);
        assertEquals(0.0, d.getJsonObject("automation").getJsonNumber("change").doubleValue(), EPS);
        JsonObject resolution = d.getJsonObject("resolution");
        assertTrue(resolution.isNull("value"), "no handoff in B: no resolution rate");
        assertEquals(2.0 / 3, resolution.getJsonNumber("previous").doubleValue(), EPS);
        assertTrue(resolution.isNull("change"));
        figure(d.getJsonObject("satisfaction").getJsonObject("thumbs_up_share"), 1.0, 0.5);
        assertTrue(d.getJsonObject("satisfaction").isNull("rating_average"), "no end-of-chat rating in B");
        assertEquals(0, d.getJsonObject("satisfaction").getInt("ratings"));
        count(d.getJsonObject("knowledge_gaps"), 1, 4);
        assertEquals(-0.75, d.getJsonObject("knowledge_gaps").getJsonNumber("change").doubleValue(), EPS);
        assertTrue(d.getJsonObject("time_to_accept").getJsonObject("median_seconds").isNull("value"));
        assertEquals(60.0, d.getJsonObject("time_to_accept").getJsonObject("median_seconds")
                .getJsonNumber("previous").doubleValue(), EPS);
    }

    @Test
    void theOldestWaitingHandoffIsTheOldestPendingSession() throws Exception {
        JsonObject d = get("dashboard?days=7");
        String oldest = Rows.text("SELECT session_id FROM sessions WHERE status = 'pending_handoff'"
                + " AND requested_at IS NOT NULL ORDER BY requested_at LIMIT 1");
        if (oldest == null) {
            assertTrue(d.isNull("oldest_waiting") || !d.containsKey("oldest_waiting"), d.toString());
        } else {
            assertEquals(oldest, d.getJsonObject("oldest_waiting").getString("session_id"));
            assertTrue(d.getJsonObject("oldest_waiting").getJsonNumber("waiting_seconds").doubleValue() >= 0);
        }
    }

    @Test
    void everySectionOfTheReport() {
        JsonObject r = periodA("reports", "");
        assertEquals(java.util.Set.of("from", "to", "filters", "knowledge_gaps", "intents", "handoffs", "outcomes",
                "cost", "agents"), r.keySet());
        JsonArray gaps = r.getJsonArray("knowledge_gaps");
        assertEquals(3, gaps.size(), gaps.toString());
        gap(gaps.getJsonObject(0), "where is my bill", 2, 2, 0, 0, "where is my  bill", data.s2);
        gap(gaps.getJsonObject(1), "fatûra min çiqas e", 1, 0, 0, 1, "Fatûra min çiqas e?", data.s3);
        gap(gaps.getJsonObject(2), "كيف أشحن رصيدي", 1, 0, 1, 0, "كيف أشحن رصيدي", data.s1);

        Map<String, JsonObject> intents = byKey(r.getJsonArray("intents"), "intent");
        assertEquals(Map.of("billing_inquiry", 2, "unknown", 4, "agent_request", 2, "out_of_scope", 1, "complaint", 1),
                intents.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().getInt("answers"))));
        intent(intents.get("billing_inquiry"), 2, 1.0, 0.65, 1, 1, 0.5);
        intent(intents.get("unknown"), 2, 0.5, 0.5625, 1, 1, 0.5);
        intent(intents.get("agent_request"), 0, 0.0, 0.25, 0, 0, null);

        Map<String, JsonObject> handoffs = byKey(r.getJsonArray("handoffs"), "reason");
        handoff(handoffs.get("explicit_request"), "web", 1, 60.0);
        handoff(handoffs.get("low_confidence"), "telegram", 1, 120.0);
        handoff(handoffs.get("negative_sentiment"), "web", 1, 30.0);
        assertEquals(3, handoffs.size());

        JsonArray outcomes = r.getJsonArray("outcomes");
        assertEquals(3, outcomes.size(), outcomes.toString());
        Map<String, JsonObject> byCause = byKey(outcomes, "root_cause");
        assertEquals(600.0, byCause.get("tariff").getJsonNumber("median_seconds_to_resolve").doubleValue(), EPS);
        assertEquals(90.0, byCause.get("apn").getJsonNumber("p90_seconds_to_resolve").doubleValue(), EPS);
        assertEquals("accepted", byCause.get("").getString("status"));
        assertTrue(byCause.get("").isNull("median_seconds_to_resolve"));

        JsonArray cost = r.getJsonArray("cost");
        assertEquals(2, cost.size(), cost.toString());
        cost(cost.getJsonObject(0), "2025-03-12", "gpt-4o-mini", 2, 200, 0.000057);
        cost(cost.getJsonObject(1), "2025-03-15", "gpt-4o", 1, 300, 0.0015);

        JsonArray agents = r.getJsonArray("agents");
        assertEquals(2, agents.size(), agents.toString());
        agent(agents.getJsonObject(0), data.agent1, 2, 2, 45.0, 345.0, 3.5);
        agent(agents.getJsonObject(1), data.agent2, 1, 0, 120.0, null, 4.0);
    }

    @Test
    void eachFilterNarrowsEverySection() {
        JsonObject telegram = periodA("reports", "&channel=telegram");
        assertEquals(List.of("fatûra min çiqas e"), keys(telegram.getJsonArray("knowledge_gaps"), "normalized"));
        assertEquals(List.of("agent_request", "unknown"), sorted(keys(telegram.getJsonArray("intents"), "intent")));
        assertEquals(List.of("low_confidence"), keys(telegram.getJsonArray("handoffs"), "reason"));
        assertEquals(1, telegram.getJsonArray("cost").size(), "the session-less insight call has no channel");
        assertEquals(150, telegram.getJsonArray("cost").getJsonObject(0).getInt("total_tokens"));
        assertEquals(List.of(data.agent2.id()), keys(telegram.getJsonArray("agents"), "agent_id"));

        JsonObject english = periodA("reports", "&lang=en");
        assertEquals(List.of("where is my bill"), keys(english.getJsonArray("knowledge_gaps"), "normalized"));
        assertEquals(List.of("billing_inquiry", "complaint", "unknown"),
                sorted(keys(english.getJsonArray("intents"), "intent")));
        assertEquals(List.of("negative_sentiment"), keys(english.getJsonArray("handoffs"), "reason"));
        assertEquals(0, english.getJsonArray("cost").size());
        agent(english.getJsonArray("agents").getJsonObject(0), data.agent1, 1, 1, 30.0, 90.0, 2.0);

        JsonObject byName = periodA("reports", "&agent=" + data.agent2.username());
        JsonObject byId = periodA("reports", "&agent=" + data.agent2.id());
        assertEquals(byName.getJsonArray("intents"), byId.getJsonArray("intents"), "user name or id");
        assertEquals(List.of("fatûra min çiqas e"), keys(byName.getJsonArray("knowledge_gaps"), "normalized"));
        assertEquals(List.of("agent_request", "unknown"), sorted(keys(byName.getJsonArray("intents"), "intent")));
        assertEquals(1, byName.getJsonArray("cost").size());
        assertEquals(List.of(data.agent2.id()), keys(byName.getJsonArray("agents"), "agent_id"));
        assertEquals(4.0, byName.getJsonArray("agents").getJsonObject(0).getJsonNumber("rating").doubleValue(), EPS);

        JsonObject billing = periodA("reports", "&category=billing");
        assertEquals(List.of("كيف أشحن رصيدي"), keys(billing.getJsonArray("knowledge_gaps"), "normalized"));
        assertEquals(List.of("agent_request", "billing_inquiry", "complaint", "unknown"),
                sorted(keys(billing.getJsonArray("intents"), "intent")));
        assertEquals(List.of("explicit_request", "negative_sentiment"),
                sorted(keys(billing.getJsonArray("handoffs"), "reason")));
        assertEquals(2, billing.getJsonArray("outcomes").size());
        assertEquals(0, billing.getJsonArray("cost").size());
        agent(billing.getJsonArray("agents").getJsonObject(0), data.agent1, 2, 2, 45.0, 345.0, 3.5);
        assertEquals("billing", billing.getJsonObject("filters").getString("category"));
    }

    /**
     * The dashboard reads the stored aggregates for refreshed days and the raw rows for the others (today): the
     * end-of-chat ratings must come out the same both ways. Refreshing period A makes its days stored ones.
     */
    @Test
    void endOfChatRatingsReadTheSameFromTheAggregatesAsFromTheRawRows() throws Exception {
        JsonObject raw = periodA("dashboard", "").getJsonObject("satisfaction");
        JsonObject rawAgents = periodA("reports", "");
        Api.Reply refresh = Api.send("POST", "/v1/analytics/refresh?from=" + AnalyticsData.A_FROM + "&to="
                + AnalyticsData.A_TO, null, Staff.supervisor("analytics-supervisor").bearer());
        assertEquals(200, refresh.status(), refresh.body());
        assertEquals(3, NuraServer.queryLong("SELECT sum(ratings) FROM analytics_daily_ratings WHERE day BETWEEN '"
                + AnalyticsData.A_FROM + "' AND '" + AnalyticsData.A_TO + "'"), "stored in the aggregate");
        JsonObject stored = periodA("dashboard", "").getJsonObject("satisfaction");
        assertEquals(raw.getJsonNumber("rating_average"), stored.getJsonNumber("rating_average"));
        assertEquals(11.0 / 3, stored.getJsonNumber("rating_average").doubleValue(), 1e-6);
        assertEquals(3, stored.getInt("ratings"));
        assertEquals(rawAgents.getJsonArray("agents"), periodA("reports", "").getJsonArray("agents"));
    }

    @Test
    void ratingsBySourceAndIntentWithTheNewestThumbsDown() {
        JsonObject r = periodA("ratings", "");
        assertEquals(2, r.getInt("thumbs_up"));
        assertEquals(2, r.getInt("thumbs_down"));
        Map<String, JsonObject> bySource = byKey(r.getJsonArray("by_source"), "key");
        assertEquals(1, bySource.get("local").getInt("thumbs_up"));
        assertEquals(1, bySource.get("local").getInt("thumbs_down"));
        assertEquals(0.0, bySource.get("fallback").getJsonNumber("thumbs_up_share").doubleValue(), EPS);
        assertEquals(1.0, bySource.get("rules").getJsonNumber("thumbs_up_share").doubleValue(), EPS);
        assertEquals(0.5, byKey(r.getJsonArray("by_intent"), "key").get("billing_inquiry")
                .getJsonNumber("thumbs_up_share").doubleValue(), EPS);
        List<String> questions = r.getJsonArray("latest_thumbs_down").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("question")).toList();
        assertEquals(List.of("Where is my bill?", "كيف أشحن رصيدي"), questions, "newest first");
    }

    @Test
    void supervisorsOnlyAndBadInputIsA400() {
        assertEquals(401, Api.get("/v1/analytics/dashboard").status());
        assertEquals(403, Api.get("/v1/analytics/reports", Staff.agent("analytics-agent-1").bearer()).status());
        String[] supervisor = Staff.supervisor("analytics-supervisor").bearer();
        for (String bad : List.of("dashboard?days=0", "dashboard?days=abc", "dashboard?from=2025-13-01",
                "dashboard?to=2025-03-01", "reports?channel=fax", "reports?format=xml", "reports?section=intents",
                "reports?format=csv&section=nope", "reports?lang=arabic", "ratings?days=400",
                "dashboard?from=2020-01-01&to=2025-01-01")) {
            Api.Reply reply = Api.get("/v1/analytics/" + bad, supervisor);
            assertEquals(400, reply.status(), bad + ": " + reply.body());
            assertTrue(reply.json().getJsonObject("error").getString("code").startsWith("invalid"), bad);
        }
        Api.Reply today = Api.send("POST", "/v1/analytics/refresh?from=2025-03-01&to=2099-01-01", null, supervisor);
        assertEquals(400, today.status(), "today and later are never stored: " + today.body());
    }

    static void count(JsonObject kpi, long value, long previous) {
        assertEquals(value, kpi.getJsonNumber("value").longValue(), kpi.toString());
        assertEquals(previous, kpi.getJsonNumber("previous").longValue(), kpi.toString());
        if (previous == 0) {
            assertTrue(kpi.isNull("change"), "an empty previous period has no change: " + kpi);
        }
    }

    static void figure(JsonObject kpi, double value, Double previous) {
        assertEquals(value, kpi.getJsonNumber("value").doubleValue(), EPS, kpi.toString());
        if (previous == null) {
            assertTrue(kpi.isNull("previous") && kpi.isNull("change"), kpi.toString());
        } else {
            assertEquals(previous, kpi.getJsonNumber("previous").doubleValue(), EPS, kpi.toString());
        }
    }

    static void gap(JsonObject g, String normalized, int asked, int low, int fallback, int flagged, String example,
            String session) {
        assertEquals(normalized, g.getString("normalized"), g.toString());
        assertEquals(List.of(asked, low, fallback, flagged), List.of(g.getInt("asked"), g.getInt("low_confidence"),
                g.getInt("fallback"), g.getInt("flagged")), g.toString());
        assertEquals(example, g.getString("example_question"));
        assertEquals(session, g.getString("example_session_id"));
    }

    static void intent(JsonObject i, int onBox, double onBoxShare, double meanConfidence, int up, int down,
            Double downShare) {
        assertEquals(onBox, i.getInt("on_box"), i.toString());
        assertEquals(onBoxShare, i.getJsonNumber("on_box_share").doubleValue(), EPS, i.toString());
        assertEquals(meanConfidence, i.getJsonNumber("mean_confidence").doubleValue(), EPS, i.toString());
        assertEquals(up, i.getInt("thumbs_up"));
        assertEquals(down, i.getInt("thumbs_down"));
        if (downShare == null) {
            assertTrue(i.isNull("thumbs_down_share"), i.toString());
        } else {
            assertEquals(downShare, i.getJsonNumber("thumbs_down_share").doubleValue(), EPS);
        }
    }

    static void handoff(JsonObject h, String channel, int accepted, double toAccept) {
        assertEquals(channel, h.getString("channel"), h.toString());
        assertEquals(1, h.getInt("handoffs"));
        assertEquals(accepted, h.getInt("accepted"));
        assertEquals(toAccept, h.getJsonNumber("median_seconds_to_accept").doubleValue(), EPS);
        assertEquals(toAccept, h.getJsonNumber("p90_seconds_to_accept").doubleValue(), EPS);
    }

    static void cost(JsonObject c, String day, String model, int calls, int tokens, double usd) {
        assertEquals(day, c.getString("day"), c.toString());
        assertEquals(model, c.getString("model"));
        assertEquals(calls, c.getInt("calls"));
        assertEquals(tokens, c.getInt("total_tokens"));
        assertEquals(usd, c.getJsonNumber("cost_usd").doubleValue(), EPS);
    }

    static void agent(JsonObject a, Staff.Member agent, int accepted, int resolved, double toAccept,
            Double toResolve, Double rating) {
        assertEquals(agent.id(), a.getString("agent_id"), a.toString());
        assertEquals("Name of " + agent.username(), a.getString("agent_name"));
        assertEquals(accepted, a.getInt("accepted"));
        assertEquals(resolved, a.getInt("resolved"));
        assertEquals(toAccept, a.getJsonNumber("median_seconds_to_accept").doubleValue(), EPS);
        if (toResolve == null) {
            assertTrue(a.isNull("median_seconds_to_resolve"));
        } else {
            assertEquals(toResolve, a.getJsonNumber("median_seconds_to_resolve").doubleValue(), EPS);
        }
        if (rating == null) {
            assertTrue(a.isNull("rating"), a.toString());
        } else {
            assertEquals(rating, a.getJsonNumber("rating").doubleValue(), 1e-6, "mean end-of-chat rating: " + a);
        }
    }

    static Map<String, JsonObject> byKey(JsonArray rows, String key) {
        return rows.getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(o -> o.getString(key), o -> o));
    }

    static List<String> keys(JsonArray rows, String key) {
        return rows.getValuesAs(JsonObject.class).stream().map(o -> o.getString(key)).toList();
    }

    static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
