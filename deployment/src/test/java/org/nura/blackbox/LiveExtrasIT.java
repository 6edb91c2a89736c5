package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20's live extras over HTTP against the running EAR: the agent's display name on the customer's stream,
 * typing both ways (within a second, throttled, never stored or replayed), and the end-of-chat rating (refused
 * before the resolve and twice, stored once, in the dashboard's satisfaction and the agents report).
 */
@ExtendWith(NuraServer.class)
class LiveExtrasIT {

    static final Duration SECOND = Duration.ofSeconds(1);
    static final Duration WAIT = Duration.ofSeconds(10);

    /** An agent whose display name is Arabic; the user name must never reach the customer. */
    static Staff.Member arabicAgent(String username) {
        String body = Json.createObjectBuilder().add("username", username).add("display_name", "سارة أحمد")
                .add("password", Staff.PASSWORD).add("roles", Json.createArrayBuilder().add("agent")).build().toString();
        Api.Reply created = Api.post("/v1/users", body, Staff.admin().bearer());
        assertTrue(created.status() == 201 || created.status() == 409, created.body());
        return Staff.signIn(username, Staff.PASSWORD);
    }

    static Api.Reply customerTyping(Customer c, String token) {
        return Api.post("/v1/session/" + c.sessionId() + "/typing", Json.createObjectBuilder()
                .add("session_token", token).build().toString());
    }

    static Api.Reply rate(Customer c, Object rating, String comment) {
        var body = Json.createObjectBuilder().add("session_token", c.token());
        if (rating instanceof Integer n) {
            body.add("rating", n);
        } else if (rating != null) {
            body.add("rating", rating.toString());
        }
        if (comment != null) {
            body.add("comment", comment);
        }
        return Api.post("/v1/session/" + c.sessionId() + "/rating", body.build().toString());
    }

    static SseClient.Event nextOfType(SseClient stream, String sessionId, String type, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            SseClient.Event e = stream.nextOf(sessionId, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (e == null || type.equals(e.type())) {
                return e;
            }
        }
        return null;
    }

    @Test
    void theCustomerStreamNamesTheAgentByDisplayNameNeverByUserName() throws Exception {
        Staff.Member sara = arabicAgent("lx-sara-" + System.nanoTime());
        Customer customer = Desk.pendingCustomer("lx-name-" + System.nanoTime());
        try (SseClient stream = SseClient.open("/v1/session/" + customer.sessionId() + "/stream?token="
                + customer.token(), 0)) {
            Desk.ok(Api.post("/v1/handoff/" + customer.sessionId() + "/accept", null, sara.bearer()));
            SseClient.Event joined = nextOfType(stream, customer.sessionId(), "status", WAIT);
            assertNotNull(joined);
            assertEquals("human_active", joined.json().getString("handoff_status"));
            assertEquals("سارة أحمد", joined.json().getString("agent_name"), "the joined line can name the agent");
            Desk.ok(Api.post("/v1/handoff/" + customer.sessionId() + "/reply",
                    Json.createObjectBuilder().add("text", "مرحباً").build().toString(), sara.bearer()));
            SseClient.Event reply = nextOfType(stream, customer.sessionId(), "agent_message", WAIT);
            assertNotNull(reply);
            assertEquals("سارة أحمد", reply.json().getString("agent_name"));
            assertTrue(!reply.data().contains(sara.username()), "no user name on the customer's side: " + reply.data());
        }
    }

    @Test
    void typingReachesTheOtherSideWithinASecondThrottledAndNeverReplayed() throws Exception {
        Staff.Member agent = Staff.agent("lx-typing-agent");
        Customer customer = Desk.pendingCustomer("lx-typing-" + System.nanoTime());
        assertEquals(409, customerTyping(customer, customer.token()).status(), "nobody holds the session yet");
        assertEquals(401, customerTyping(customer, "wrong-token").status());
        Api.Reply unknown = Api.post("/v1/session/no-such-session/typing", "{\"session_token\":\"x\"}");
        assertEquals(401, unknown.status(), "an unknown session is the same 401 as a wrong token (no hint)");
        assertError(unknown.json(), "invalid_session");
        Desk.ok(Api.post("/v1/handoff/" + customer.sessionId() + "/accept", null, agent.bearer()));
        long live = NuraServer.queryLong("SELECT count(*) FROM live_events WHERE session_id = ?", customer.sessionId());

        try (SseClient agents = SseClient.open("/v1/handoff/stream", 0, agent.bearer());
                SseClient customers = SseClient.open("/v1/session/" + customer.sessionId() + "/stream?token="
                        + customer.token(), 0)) {
            long sent = System.nanoTime();
            assertEquals(204, customerTyping(customer, customer.token()).status());
            SseClient.Event typing = nextOfType(agents, customer.sessionId(), "typing", SECOND);
            assertNotNull(typing, "the agents' stream shows the customer typing within a second");
            assertTrue(System.nanoTime() - sent < SECOND.toNanos());
            assertEquals("customer", typing.json().getString("from"));
            assertEquals(204, customerTyping(customer, customer.token()).status(), "a repeat is accepted…");
            assertNull(nextOfType(agents, customer.sessionId(), "typing", Duration.ofMillis(600)), "…and dropped");

            sent = System.nanoTime();
            assertEquals(204, Api.post("/v1/handoff/" + customer.sessionId() + "/typing", null, agent.bearer())
                    .status());
            SseClient.Event agentTyping = nextOfType(customers, customer.sessionId(), "typing", SECOND);
            assertNotNull(agentTyping, "the customer's stream shows the agent typing within a second");
            assertTrue(System.nanoTime() - sent < SECOND.toNanos());
            assertEquals("Name of lx-typing-agent", agentTyping.json().getString("agent_name"));
            assertEquals("agent", agentTyping.json().getString("from"));
        }
        Staff.Member other = Staff.agent("lx-typing-other");
        assertEquals(409, Api.post("/v1/handoff/" + customer.sessionId() + "/typing", null, other.bearer()).status(),
                "only the holder's typing goes out");
        assertEquals(404, Api.post("/v1/handoff/no-such-session/typing", null, agent.bearer()).status());
        assertEquals(401, Api.post("/v1/handoff/" + customer.sessionId() + "/typing", null).status());
        assertEquals(live, NuraServer.queryLong("SELECT count(*) FROM live_events WHERE session_id = ?",
                customer.sessionId()), "typing is not stored as a live event");
        assertEquals(0, NuraServer.queryLong("SELECT count(*) FROM live_events WHERE event_type = 'typing'"));

        // a reconnect resumes after the accept: the replay carries stored events only, never old typing
        Desk.ok(Api.post("/v1/handoff/" + customer.sessionId() + "/reply",
                Json.createObjectBuilder().add("text", "Here is the answer").build().toString(), agent.bearer()));
        try (SseClient resumed = SseClient.open("/v1/session/" + customer.sessionId() + "/stream?token="
                + customer.token(), 1)) {
            SseClient.Event first = resumed.next(WAIT);
            assertNotNull(first);
            assertTrue(List.of("status", "agent_message").contains(first.type()), first.type());
            for (SseClient.Event e = resumed.next(SECOND); e != null; e = resumed.next(SECOND)) {
                assertTrue(!"typing".equals(e.type()), "no typing in a replay");
            }
        }
    }

    @Test
    void aRatingAfterTheResolveIsStoredOnceAndCountedInTheDashboardAndTheAgentsReport() throws Exception {
        Staff.Member agent = Staff.agent("lx-rating-agent");
        Customer customer = Desk.pendingCustomer("lx-rating-" + System.nanoTime());
        Api.Reply early = rate(customer, 5, null);
        assertEquals(409, early.status(), "waiting for an agent: nothing to rate yet: " + early.body());
        assertError(early.json(), "not_resolved");
        Desk.ok(Api.post("/v1/handoff/" + customer.sessionId() + "/accept", null, agent.bearer()));
        assertEquals(409, rate(customer, 5, null).status(), "an agent holds it, not resolved yet");
        Desk.ok(Api.post("/v1/session/" + customer.sessionId() + "/resolve",
                Json.createObjectBuilder().add("status", "resolved").build().toString(), agent.bearer()));

        for (Object bad : new Object[] {0, 6, -3, null}) {
            Api.Reply refused = rate(customer, bad, null);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertError(refused.json(), "invalid_rating");
        }
        assertError(rate(customer, "five", null).json(), "invalid_type"); // a string where a number belongs
        assertError(rate(customer, 3, "x".repeat(1001)).json(), "invalid_comment");
        Api.Reply wrongToken = Api.post("/v1/session/" + customer.sessionId() + "/rating",
                "{\"session_token\":\"nope\",\"rating\":4}");
        assertEquals(401, wrongToken.status());
        assertEquals(0, NuraServer.queryLong("SELECT count(*) FROM ratings WHERE session_id = ?",
                customer.sessionId()), "no refused call stored anything");

        Api.Reply rated = rate(customer, 4, "  سريع ولطيف ");
        assertEquals(200, rated.status(), rated.body());
        assertTrue(rated.json().getBoolean("ok"));
        assertEquals("web/4/سريع ولطيف/" + agent.id() + "/Name of lx-rating-agent", Rows.text("SELECT channel"
                + " || '/' || rating || '/' || comment || '/' || agent_id || '/' || agent_name FROM ratings"
                + " WHERE session_id = ? AND outcome_id IS NOT NULL", customer.sessionId()));
        Api.Reply twice = rate(customer, 5, null);
        assertEquals(409, twice.status());
        assertError(twice.json(), "already_rated");
        assertEquals(1, NuraServer.queryLong("SELECT count(*) FROM ratings WHERE session_id = ?",
                customer.sessionId()));

        // today's figures come from the raw rows: the same mean as the table holds
        JsonObject dashboard = Desk.ok(Api.get("/v1/analytics/dashboard?days=1", Api.bearer()));
        JsonObject satisfaction = dashboard.getJsonObject("satisfaction");
        assertEquals(NuraServer.queryLong("SELECT count(*) FROM ratings WHERE created_at >= date_trunc('day', now()"
                + " AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"), satisfaction.getJsonNumber("ratings").longValue());
        assertEquals(mean("SELECT avg(rating) FROM ratings WHERE created_at >= date_trunc('day', now() AT TIME ZONE"
                + " 'UTC') AT TIME ZONE 'UTC'"), satisfaction.getJsonNumber("rating_average").doubleValue(), 1e-6);
        JsonObject report = Desk.ok(Api.get("/v1/analytics/reports?days=1&agent=" + agent.username(), Api.bearer()));
        JsonObject mine = report.getJsonArray("agents").getValuesAs(JsonObject.class).stream()
                .filter(a -> agent.id().equals(a.getString("agent_id"))).findFirst().orElseThrow();
        assertEquals(4.0, mine.getJsonNumber("rating").doubleValue(), 1e-9, mine.toString());

        // a new handoff of the same session is rated on its own, after its own resolve
        Desk.ok(customer.directHandoff("again"));
        assertEquals(409, rate(customer, 2, null).status(), "the new handoff is not resolved");
    }

    static double mean(String sql) throws SQLException {
        return Double.parseDouble(Rows.text(sql));
    }

    static void assertError(JsonObject body, String code) {
        JsonObject error = body.getJsonObject("error");
        assertEquals(code, error.getString("code"), body.toString());
        assertTrue(!error.getString("message").isBlank() && !error.getString("request_id").isBlank(), body.toString());
    }
}
