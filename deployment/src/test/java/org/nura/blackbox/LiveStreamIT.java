package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Real-time both ways over Server-Sent Events: agent → customer, customer → agents, and replay after a reconnect. */
@ExtendWith(NuraServer.class)
class LiveStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration QUIET = Duration.ofSeconds(2);

    @Test
    @Tag(NuraServer.SMOKE)
    void anAgentReplyReachesTheCustomersOpenStream() throws Exception {
        Customer customer = activeCustomer("live-reply", "agent-lina");
        try (SseClient stream = customerStream(customer, 0)) {
            JsonObject sent = Desk.ok(Desk.reply(customer.sessionId(), "مرحبا، معك لينا. كيف أساعدك؟"));
            SseClient.Event event = stream.next(WAIT);
            assertNotNull(event, "the reply reached the customer's stream");
            assertEquals("agent_message", event.type());
            assertEquals(sent.getJsonNumber("event_id").longValue(), event.id());
            JsonObject payload = event.json();
            assertEquals("مرحبا، معك لينا. كيف أساعدك؟", payload.getString("text"));
            assertEquals(Staff.agent("agent-lina").id(), payload.getString("agent"), "the signed-in user's id");
            assertEquals("Name of agent-lina", payload.getString("agent_name"));
            assertEquals(customer.sessionId(), payload.getString("session_id"));
            OffsetDateTime.parse(payload.getString("created_at"));
        }
        assertEquals("agent", Rows.text("SELECT source FROM conversation_logs WHERE session_id = ? AND role = 'agent'",
                customer.sessionId()));
        assertEquals(Staff.agent("agent-lina").id(), Rows.text("SELECT sender FROM chat_turns WHERE session_id = ?"
                + " AND role = 'agent'", customer.sessionId()));
        assertEquals("Name of agent-lina", Rows.text("SELECT sender_name FROM chat_turns WHERE session_id = ?"
                + " AND role = 'agent'", customer.sessionId()));
    }

    @Test
    void aCustomerMessageDuringALiveChatReachesTheAgentsAndGetsNoBotAnswer() throws Exception {
        Customer customer = activeCustomer("live-customer", "agent-omar");
        long answersBefore = NuraServer.queryLong("SELECT count(*) FROM conversation_logs WHERE session_id = ?"
                + " AND role = 'assistant'", customer.sessionId());
        try (SseClient agents = SseClient.open("/v1/handoff/stream", 0, Api.bearer())) {
            JsonObject answer = customer.say("ما هي الباقات المتاحة؟");
            assertEquals("agent", answer.getString("source"), "the bot stays out of a live chat");
            SseClient.Event event = agents.nextOf(customer.sessionId(), WAIT);
            assertNotNull(event, "the message reached the agents' stream");
            assertEquals("customer_message", event.type());
            assertEquals("ما هي الباقات المتاحة؟", event.json().getString("text"));
            assertEquals(answer.getString("message_id"), event.json().getString("message_id"));
            assertEquals("human_active", event.json().getString("handoff_status"));
        }
        assertEquals(answersBefore, NuraServer.queryLong("SELECT count(*) FROM conversation_logs WHERE session_id = ?"
                + " AND role = 'assistant'", customer.sessionId()), "no bot answer was stored");
    }

    @Test
    void aReconnectWithLastEventIdReplaysExactlyWhatWasMissed() throws Exception {
        Customer customer = activeCustomer("live-replay", "agent-zana");
        String id = customer.sessionId();
        long seen;
        try (SseClient first = customerStream(customer, 0)) {
            Desk.ok(Desk.reply(id, "one"));
            seen = first.next(WAIT).id();
        }
        List<Long> missed = new ArrayList<>();
        missed.add(Desk.ok(Desk.reply(id, "two")).getJsonNumber("event_id").longValue());
        customer.say("for the agents only"); // audience agents: never replayed to the customer
        missed.add(Desk.ok(Desk.reply(id, "three")).getJsonNumber("event_id").longValue());

        try (SseClient again = customerStream(customer, seen)) {
            List<String> texts = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (SseClient.Event e = again.next(WAIT); e != null; e = again.next(QUIET)) {
                ids.add(e.id());
                texts.add(e.json().getString("text"));
            }
            assertEquals(missed, ids, "exactly the missed events, in order");
            assertEquals(List.of("two", "three"), texts);
            long live = Desk.ok(Desk.reply(id, "four")).getJsonNumber("event_id").longValue();
            SseClient.Event after = again.next(WAIT);
            assertNotNull(after, "still live after the replay");
            assertEquals(live, after.id());
            assertNull(again.next(QUIET), "and nothing twice");
        }
    }

    @Test
    void theAgentsStreamReplaysAfterLastEventIdToo() throws Exception {
        Customer customer = activeCustomer("live-agent-replay", "agent-rojda");
        long mark = NuraServer.queryLong("SELECT max(id) FROM live_events");
        customer.say("Silav, hûn li wir in?");
        long reply = Desk.ok(Desk.reply(customer.sessionId(), "Belê")).getJsonNumber("event_id").longValue();
        try (SseClient agents = SseClient.open("/v1/handoff/stream", mark, Api.bearer())) {
            SseClient.Event message = agents.nextOf(customer.sessionId(), WAIT);
            assertEquals("customer_message", message.type());
            assertEquals("Silav, hûn li wir in?", message.json().getString("text"));
            SseClient.Event answer = agents.nextOf(customer.sessionId(), WAIT);
            assertEquals(reply, answer.id());
            assertNull(agents.nextOf(customer.sessionId(), QUIET));
        }
    }

    @Test
    void statusChangesAreLiveEventsToo() throws Exception {
        Customer customer = Desk.pendingCustomer("live-status");
        try (SseClient stream = customerStream(customer, 0)) {
            Desk.ok(Desk.accept(customer.sessionId(), "agent-nour"));
            SseClient.Event accepted = stream.next(WAIT);
            assertEquals("status", accepted.type());
            assertEquals("human_active", accepted.json().getString("handoff_status"));
            assertEquals("test", accepted.json().getString("reason"));
            Desk.ok(Desk.resolve(customer.sessionId(), jakarta.json.Json.createObjectBuilder().build()));
            assertEquals("resolved", stream.next(WAIT).json().getString("handoff_status"));
        }
    }

    @Test
    void streamsRefuseWithoutTheRightCredentials() throws Exception {
        Customer customer = Desk.pendingCustomer("live-auth");
        try (SseClient wrong = SseClient.open("/v1/session/" + customer.sessionId() + "/stream?token=nope", 0)) {
            assertEquals(401, wrong.status());
        }
        try (SseClient none = SseClient.open("/v1/session/" + customer.sessionId() + "/stream", 0)) {
            assertEquals(401, none.status());
        }
        try (SseClient agents = SseClient.open("/v1/handoff/stream", 0)) {
            assertEquals(401, agents.status());
        }
        try (SseClient garbage = SseClient.open("/v1/handoff/stream", 0, "Last-Event-ID", "abc",
                Api.bearer()[0], Api.bearer()[1])) {
            assertEquals(400, garbage.status());
        }
    }

    private static Customer activeCustomer(String customerId, String agent) {
        Customer customer = Desk.pendingCustomer(customerId);
        Desk.ok(Desk.accept(customer.sessionId(), agent));
        return customer;
    }

    private static SseClient customerStream(Customer customer, long lastEventId) throws Exception {
        SseClient stream = SseClient.open("/v1/session/" + customer.sessionId() + "/stream?token="
                + URLEncoder.encode(customer.token(), StandardCharsets.UTF_8), lastEventId);
        assertTrue(stream.status() == 200, "customer stream opened: " + stream.status());
        return stream;
    }
}
