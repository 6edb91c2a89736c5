package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report as CSV (one section, and the zip of all), the daily aggregates — equal to the raw computation, read
 * for past days, refreshed twice at once without counting anything twice — and today read from the raw rows.
 */
@ExtendWith(NuraServer.class)
class AnalyticsExportIT {

    private static final String MARCH = "from=2025-03-01&to=2025-03-31";
    private static AnalyticsData data;

    @BeforeAll
    static void load() throws Exception {
        data = new AnalyticsData();
        data.load();
    }

    private static String[] supervisor() {
        return Staff.supervisor("analytics-supervisor").bearer();
    }

    private static HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(NuraServer.baseUrl() + "/v1/analytics/"
                + path)).GET();
        String[] bearer = supervisor();
        request.header(bearer[0], bearer[1]);
        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode(), path + ": " + new String(reply.body(), StandardCharsets.UTF_8));
        return reply;
    }

    private static String periodA() {
        return "from=" + AnalyticsData.A_FROM + "&to=" + AnalyticsData.A_TO;
    }

    @Test
    void oneSectionAsCsvWithBomReadsBackAsTheJson() throws Exception {
        HttpResponse<byte[]> reply = bytes("reports?" + periodA() + "&format=csv&section=knowledge_gaps");
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(reply.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        List<List<String>> csv = csv(reply.body());
        assertEquals(List.of("normalized", "asked", "low_confidence", "fallback", "flagged", "example_question",
                "example_session_id"), csv.get(0));
        JsonObject json = AnalyticsIT.periodA("reports", "");
        List<List<String>> expected = new ArrayList<>();
        for (JsonObject g : json.getJsonArray("knowledge_gaps").getValuesAs(JsonObject.class)) {
            expected.add(List.of(g.getString("normalized"), "" + g.getInt("asked"), "" + g.getInt("low_confidence"),
                    "" + g.getInt("fallback"), "" + g.getInt("flagged"), g.getString("example_question"),
                    g.getString("example_session_id")));
        }
        assertEquals(expected, csv.subList(1, csv.size()));
        assertTrue(csv.contains(List.of("كيف أشحن رصيدي", "1", "0", "1", "0", "كيف أشحن رصيدي", data.s1)),
                "Arabic intact: " + csv);
    }

    @Test
    void withoutASectionTheCsvIsAZipOfEverySection() throws Exception {
        HttpResponse<byte[]> reply = bytes("reports?" + periodA() + "&format=csv");
        assertEquals("application/zip", reply.headers().firstValue("Content-Type").orElse(""));
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(reply.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        assertEquals(List.of("knowledge_gaps.csv", "intents.csv", "handoffs.csv", "outcomes.csv", "cost.csv",
                "agents.csv"), List.copyOf(files.keySet()));
        JsonObject json = AnalyticsIT.periodA("reports", "");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String section = file.getKey().replace(".csv", "");
            assertEquals(json.getJsonArray(section).size() + 1, csv(file.getValue()).size(), file.getKey());
        }
        List<List<String>> agents = csv(files.get("agents.csv"));
        // the last column is the agent's mean end-of-chat rating (issue 20): agent 1 was rated 5 and 2 in period A
        assertEquals(List.of(data.agent1.id(), "Name of " + data.agent1.username(), "2", "2", "45", "345", "3.5"),
                agents.get(1));
        assertTrue(csv(files.get("handoffs.csv")).contains(List.of("low_confidence", "telegram", "1", "1", "120",
                "120")));
    }

    @Test
    void aggregatesEqualTheRawComputationAndTwoRefreshesAtOnceCountNothingTwice() throws Exception {
        List<JsonObject> raw = figures();
        String[] bearer = supervisor();
        CompletableFuture<Api.Reply> first = CompletableFuture.supplyAsync(() -> Api.send("POST",
                "/v1/analytics/refresh?" + MARCH, null, bearer));
        CompletableFuture<Api.Reply> second = CompletableFuture.supplyAsync(() -> Api.send("POST",
                "/v1/analytics/refresh?" + MARCH, null, bearer));
        for (Api.Reply reply : List.of(first.get(), second.get())) {
            assertEquals(200, reply.status(), reply.body());
            assertEquals(31, reply.json().getInt("days"));
        }
        assertStoredOnce();
        assertEquals(raw, figures(), "the aggregates give what the raw rows gave");

        Api.Reply again = Api.send("POST", "/v1/analytics/refresh?" + MARCH, null, bearer);
        assertEquals(200, again.status(), again.body());
        assertEquals(first.get().json().getInt("rows"), again.json().getInt("rows"), "the same rows again");
        assertStoredOnce();
    }

    @Test
    void pastDaysAreReadFromTheAggregatesUntilRefreshed() throws Exception {
        String[] bearer = supervisor();
        assertEquals(200, Api.send("POST", "/v1/analytics/refresh?from=2025-03-12&to=2025-03-12", null, bearer)
                .status());
        String late = "an-late-" + UUID.randomUUID();
        try (var c = NuraServer.db(); var s = c.prepareStatement("INSERT INTO conversation_logs (message_id,"
                + " session_id, channel, role, customer_message, lang, created_at) VALUES (?, ?, 'web', 'customer',"
                + " 'late row', 'en', '2025-03-12T12:00:00Z')")) {
            s.setString(1, late);
            s.setString(2, data.s2);
            s.executeUpdate();
        }
        String day = "dashboard?from=2025-03-12&to=2025-03-12";
        assertEquals(5, AnalyticsIT.get(day).getJsonObject("customer_messages").getInt("value"),
                "a refreshed day is read from its aggregate");
        assertEquals(200, Api.send("POST", "/v1/analytics/refresh?from=2025-03-12&to=2025-03-12", null, bearer)
                .status());
        assertEquals(6, AnalyticsIT.get(day).getJsonObject("customer_messages").getInt("value"), "refreshed");
        try (var c = NuraServer.db(); var s = c.prepareStatement("DELETE FROM conversation_logs WHERE message_id = ?")) {
            s.setString(1, late);
            s.executeUpdate();
        }
        assertEquals(200, Api.send("POST", "/v1/analytics/refresh?from=2025-03-12&to=2025-03-12", null, bearer)
                .status());
    }

    @Test
    void todayIsReadFromTheRawRowsAndNeverStored() throws Exception {
        String category = "it-analytics-" + UUID.randomUUID().toString().substring(0, 8);
        Customer customer = new Customer("analytics-today-" + UUID.randomUUID());
        customer.say("hello");
        assertEquals(200, customer.directHandoff("explicit_request").status());
        Desk.ok(Desk.accept(customer.sessionId(), "analytics-agent-1"));
        Desk.ok(Desk.resolve(customer.sessionId(), Json.createObjectBuilder().add("status", "resolved")
                .add("issue_category", category).add("root_cause", "today").build()));
        String today = "reports?days=1&category=" + category;
        JsonObject before = AnalyticsIT.get(today);
        assertEquals(1, before.getJsonArray("outcomes").size(), before.toString());
        JsonObject outcome = before.getJsonArray("outcomes").getJsonObject(0);
        assertEquals(category, outcome.getString("category"));
        assertEquals(1, outcome.getInt("resolved"));
        assertEquals(List.of(data.agent1.id()), AnalyticsIT.keys(before.getJsonArray("agents"), "agent_id"));
        assertFalse(before.getJsonArray("intents").isEmpty(), "today's answer of the session: " + before);
        Api.Reply refreshed = Api.send("POST", "/v1/analytics/refresh", null, supervisor());
        assertEquals(200, refreshed.status(), refreshed.body());
        assertEquals(0, NuraServer.queryLong("SELECT count(*) FROM analytics_refreshed_days"
                + " WHERE day >= (now() AT TIME ZONE 'UTC')::date"), "today is not stored");
        assertEquals(before, AnalyticsIT.get(today));
    }

    /** The stored March days hold each raw row once. */
    private static void assertStoredOnce() throws Exception {
        assertEquals(31, NuraServer.queryLong("SELECT count(*) FROM analytics_refreshed_days"
                + " WHERE day BETWEEN '2025-03-01' AND '2025-03-31'"));
        String a = " WHERE day BETWEEN '2025-03-11' AND '2025-03-20'";
        assertEquals(10, NuraServer.queryLong("SELECT sum(customer_messages) FROM analytics_daily_volume" + a));
        assertEquals(5, NuraServer.queryLong("SELECT sum(sessions) FROM analytics_daily_volume" + a));
        assertEquals(13, NuraServer.queryLong("SELECT sum(answers) FROM analytics_daily_answers" + a));
        assertEquals(4, NuraServer.queryLong("SELECT sum(asked) FROM analytics_daily_gaps" + a));
        assertEquals(3, NuraServer.queryLong("SELECT sum(calls) FROM analytics_daily_usage" + a));
    }

    /** Dashboard, report and ratings of period A and B, without the live wait (it grows by the second). */
    private static List<JsonObject> figures() {
        List<JsonObject> all = new ArrayList<>();
        for (String period : List.of(periodA(), "from=" + AnalyticsData.B_FROM + "&to=" + AnalyticsData.B_TO)) {
            JsonObject dashboard = AnalyticsIT.get("dashboard?" + period);
            all.add(Json.createObjectBuilder(dashboard).remove("oldest_waiting").build());
            all.add(AnalyticsIT.get("reports?" + period));
            all.add(AnalyticsIT.get("reports?" + period + "&channel=web&lang=ar"));
            all.add(AnalyticsIT.get("ratings?" + period));
        }
        return all;
    }

    /** RFC 4180 back to rows, after checking and dropping the byte-order mark. */
    static List<List<String>> csv(byte[] body) {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(body, 3),
                "UTF-8 with BOM");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
