package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** bot → pending_handoff → human_active → resolved over HTTP, checked in PostgreSQL; and the accept race. */
@ExtendWith(NuraServer.class)
class HandoffLifecycleIT {

    private static final int RACE_ROUNDS = 10;

    /** Pages of one entry walk the queue oldest first to its newest entries; a bad page is a 400. */
    private static void assertPagesReachTheNewest(int total, String... newest) {
        assertTrue(total >= newest.length);
        List<String> seen = new java.util.ArrayList<>();
        String next = "/v1/handoff/queue?limit=1";
        while (next != null) {
            Api.Reply page = Api.get(next, Api.bearer());
            assertEquals(String.valueOf(total), page.header("X-Total-Count"));
            array(page.body()).forEach(e -> seen.add(e.getString("session_id")));
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf("/v1/"), link.indexOf('>'));
        }
        assertEquals(total, seen.size());
        assertEquals(List.of(newest), seen.subList(total - newest.length, total), "the newest come last");
        assertEquals(400, Api.get("/v1/handoff/queue?limit=0", Api.bearer()).status());
        assertEquals(400, Api.get("/v1/handoff/queue?offset=x", Api.bearer()).status());
    }

    @Test
    void acceptStoresTheAgentAndTheTimeAndKeepsTheReason() throws Exception {
        Customer customer = new Customer("life-accept");
        customer.say("I want to talk to a human");
        JsonObject accepted = Desk.ok(Desk.accept(customer.sessionId(), "agent-ali"));
        assertEquals("human_active", accepted.getString("handoff_status"));
        String ali = Staff.agent("agent-ali").id();
        assertEquals(ali, accepted.getString("assigned_agent"), "the signed-in user's id");
        assertEquals("Name of agent-ali", accepted.getString("assigned_agent_name"));
        OffsetDateTime at = OffsetDateTime.parse(accepted.getString("accepted_at"));
        assertEquals("human_active", Desk.sessionColumn("status", customer.sessionId()));
        assertEquals(ali, Desk.sessionColumn("assigned_agent", customer.sessionId()));
        assertEquals("Name of agent-ali", Desk.sessionColumn("assigned_agent_name", customer.sessionId()));
        assertEquals(at.toInstant(), acceptedAt(customer.sessionId()).toInstant(), "accepted_at stored as answered");
        assertEquals("accepted", Desk.outcomeColumn("status", customer.sessionId()));
        assertEquals("explicit_request", Desk.outcomeColumn("handoff_reason", customer.sessionId()));
        assertEquals(ali, Desk.outcomeColumn("agent_id", customer.sessionId()));
        assertEquals("Name of agent-ali", Desk.outcomeColumn("agent_name", customer.sessionId()));
        assertTrue(Double.parseDouble(Desk.outcomeColumn("time_to_accept_seconds", customer.sessionId())) >= 0);
    }

    @Test
    void aHandedOverSessionGetsTheLongerRedisTtl() throws Exception {
        Customer bot = new Customer("life-ttl-bot");
        bot.say("hello");
        Customer handedOver = Desk.pendingCustomer("life-ttl-handoff");
        Desk.ok(Desk.accept(handedOver.sessionId(), "agent-t"));
        long botTtl = ttl(bot.sessionId());
        long handoffTtl = ttl(handedOver.sessionId());
        assertTrue(botTtl > 0 && botTtl <= 3600, "SESSION_TTL_SECONDS default: " + botTtl);
        assertTrue(handoffTtl > 3600 && handoffTtl <= 86400, "HANDOFF_SESSION_TTL_SECONDS default: " + handoffTtl);
    }

    @Test
    @Tag(NuraServer.SMOKE)
    void ofTwoAgentsAcceptingAtOnceExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < RACE_ROUNDS; round++) {
                String session = Desk.pendingCustomer("life-race-" + round).sessionId();
                CountDownLatch start = new CountDownLatch(1);
                Future<Api.Reply> first = pool.submit(() -> {
                    start.await();
                    return Desk.accept(session, "agent-a");
                });
                Future<Api.Reply> second = pool.submit(() -> {
                    start.await();
                    return Desk.accept(session, "agent-b");
                });
                start.countDown(); // both threads are released together
                List<Api.Reply> replies = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
                List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
                assertEquals(List.of(200, 409), statuses, "round " + round + ": " + replies);
                String winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                        .getString("assigned_agent");
                assertEquals(winner, Desk.sessionColumn("assigned_agent", session), "the row names the winner");
                assertEquals(winner, Desk.outcomeColumn("agent_id", session));
                assertEquals(1, Rows.ofSession("session_outcomes", session));
                assertEquals(2, NuraServer.queryLong("SELECT count(*) FROM live_events WHERE session_id = ?"
                        + " AND event_type = 'status'", session), "pending and one accept, not two");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void resolveRecordsTheWholeOutcome() throws Exception {
        Customer customer = Desk.pendingCustomer("life-resolve");
        Desk.ok(Desk.accept(customer.sessionId(), "agent-sara"));
        JsonObject outcome = Json.createObjectBuilder().add("status", "resolved").add("issue_category", "billing")
                .add("root_cause", "double_charge").add("resolution_notes", "أعيد المبلغ إلى الرصيد")
                .add("resolved_by", "someone else: ignored, the signed-in user resolves").build();
        JsonObject closed = Desk.ok(Desk.resolve(customer.sessionId(), outcome));
        assertEquals("resolved", closed.getString("handoff_status"));
        String id = customer.sessionId();
        assertEquals("resolved", Desk.sessionColumn("status", id));
        assertNotNull(Desk.sessionColumn("resolved_at", id));
        assertEquals("resolved", Desk.outcomeColumn("status", id));
        assertEquals("billing", Desk.outcomeColumn("issue_category", id));
        assertEquals("double_charge", Desk.outcomeColumn("root_cause", id));
        assertEquals("أعيد المبلغ إلى الرصيد", Desk.outcomeColumn("resolution_notes", id));
        assertEquals(Staff.agent("agent-sara").id(), Desk.outcomeColumn("resolved_by", id));
        assertEquals("Name of agent-sara", Desk.outcomeColumn("resolved_by_name", id));
        assertEquals(Staff.agent("agent-sara").id(), closed.getString("resolved_by"));
        assertEquals("test", Desk.outcomeColumn("handoff_reason", id));
        assertNotNull(Desk.outcomeColumn("resolved_at", id));
        assertTrue(Double.parseDouble(Desk.outcomeColumn("time_to_resolution_seconds", id)) >= 0);

        assertEquals(409, Desk.resolve(id, outcome).status(), "resolved once");
        long turns = Rows.ofSession("chat_turns", id);
        Api.Reply late = Desk.reply(id, "still there?");
        assertEquals(409, late.status(), late.body());
        assertFalse(late.json().getJsonObject("error").getString("code").isBlank(), "the JSON error body");
        assertEquals(turns, Rows.ofSession("chat_turns", id), "a refused reply stores nothing");
        assertEquals(409, Desk.accept(id, "agent-b").status());
        assertEquals("local", customer.say("ما هي الباقات المتاحة؟").getString("source"),
                "after resolve the bot answers again");
    }

    @Test
    void refusalsHaveTheRightStatusAndChangeNothing() throws Exception {
        Customer bot = new Customer("life-bot");
        bot.say("hello");
        assertEquals(404, Desk.accept("no-such-session", "agent-a").status());
        assertEquals(404, Desk.reply("no-such-session", "hi").status());
        assertEquals(404, Desk.resolve("no-such-session", Json.createObjectBuilder().build()).status());
        assertEquals(409, Desk.accept(bot.sessionId(), "agent-a").status(), "a bot session is not waiting");
        assertEquals(409, Desk.reply(bot.sessionId(), "hi").status());

        Customer pending = Desk.pendingCustomer("life-bad-input");
        String id = pending.sessionId();
        assertEquals(400, Api.post("/v1/handoff/" + id + "/accept?agent_id=someone-else", null,
                Staff.agent("agent-c").bearer()).status(), "an agent accepts only for themselves");
        assertEquals(401, Api.post("/v1/handoff/" + id + "/accept?agent_id=a", null).status());
        assertEquals(401, Api.post("/v1/handoff/" + id + "/reply", "{\"text\":\"hi\"}").status());
        assertEquals(401, Api.post("/v1/session/" + id + "/resolve", "{}").status());
        assertEquals(401, Api.get("/v1/handoff/queue").status());
        assertEquals("pending_handoff", Desk.sessionColumn("status", id));
        assertNull(Desk.sessionColumn("assigned_agent", id));

        Desk.ok(Desk.accept(id, "agent-c"));
        long turns = Rows.ofSession("chat_turns", id);
        for (String text : new String[] {"", "   ", "x".repeat(2001)}) {
            Api.Reply reply = Desk.reply(id, text);
            assertEquals(400, reply.status(), reply.body());
        }
        assertEquals(400, Desk.resolve(id, Json.createObjectBuilder().add("status", "Not A Status!").build()).status());
        assertEquals(400, Api.post("/v1/handoff/" + id + "/reply", "{bad json", Api.bearer()).status());
        assertEquals(turns, Rows.ofSession("chat_turns", id));
        assertEquals("human_active", Desk.sessionColumn("status", id));
        assertEquals(200, Desk.reply(id, "x".repeat(2000)).status(), "2000 characters are allowed");
    }

    @Test
    void theQueueShowsPendingAndActiveHandoffsWithTheirLastMessage() throws Exception {
        Customer waiting = new Customer("life-queue-pending");
        waiting.say("أريد التحدث مع موظف");
        Customer active = Desk.pendingCustomer("life-queue-active");
        Desk.ok(Desk.accept(active.sessionId(), "agent-q"));
        Desk.ok(Desk.reply(active.sessionId(), "Silav, ez Azad im"));

        Api.Reply listed = Api.get("/v1/handoff/queue", Api.bearer());
        assertEquals(200, listed.status(), listed.body());
        List<JsonObject> queue = array(listed.body());
        JsonObject pendingEntry = entry(queue, waiting.sessionId());
        assertEquals("pending_handoff", pendingEntry.getString("handoff_status"));
        assertEquals("explicit_request", pendingEntry.getString("reason"));
        assertNotNull(pendingEntry.getString("requested_at"));
        assertTrue(pendingEntry.isNull("accepted_at"));
        assertEquals("assistant", pendingEntry.getJsonObject("last_message").getString("role"));
        JsonObject activeEntry = entry(queue, active.sessionId());
        assertEquals("human_active", activeEntry.getString("handoff_status"));
        assertEquals(Staff.agent("agent-q").id(), activeEntry.getString("assigned_agent"));
        assertEquals("Name of agent-q", activeEntry.getString("assigned_agent_name"));
        assertNotNull(activeEntry.getString("accepted_at"));
        assertEquals("Silav, ez Azad im", activeEntry.getJsonObject("last_message").getString("text"));
        assertEquals("agent", activeEntry.getJsonObject("last_message").getString("role"));

        assertPagesReachTheNewest(Integer.parseInt(listed.header("X-Total-Count")), waiting.sessionId(),
                active.sessionId());

        Desk.ok(Desk.resolve(active.sessionId(), Json.createObjectBuilder().build()));
        assertFalse(Api.get("/v1/handoff/queue", Api.bearer()).body().contains(active.sessionId()),
                "resolved sessions leave the queue");
    }

    @Test
    void cannedRepliesCanBeListedCreatedChangedAndDeleted() {
        String path = "/v1/handoff/canned-replies";
        Api.Reply created = Api.post(path, "{\"title\":\"ترحيب\",\"body\":\"أهلاً بك، كيف أساعدك؟\",\"lang\":\"ar\"}",
                Api.bearer());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(Api.get(path, Api.bearer()).body().contains("أهلاً بك، كيف أساعدك؟"));
        Api.Reply changed = Api.send("PUT", path + "/" + id, "{\"title\":\"Silav\",\"body\":\"Silav, çawa dikarim "
                + "alîkariya te bikim?\",\"lang\":\"ku\"}", Api.bearer());
        assertEquals(200, changed.status(), changed.body());
        assertEquals("ku", changed.json().getString("lang"));
        assertEquals(400, Api.post(path, "{\"title\":\"\",\"body\":\"x\"}", Api.bearer()).status());
        assertEquals(400, Api.post(path, "{\"title\":\"t\",\"body\":\"x\",\"lang\":\"fr\"}", Api.bearer()).status());
        assertEquals(400, Api.send("PUT", path + "/" + id, "{\"title\":\"t\"}", Api.bearer()).status());
        assertTrue(Api.get(path, Api.bearer()).body().contains("Silav, çawa"), "a refused change changes nothing");
        assertEquals(401, Api.get(path).status());
        assertEquals(204, Api.send("DELETE", path + "/" + id, null, Api.bearer()).status());
        assertEquals(404, Api.send("DELETE", path + "/" + id, null, Api.bearer()).status());
        assertEquals(404, Api.send("PUT", path + "/" + id, "{\"title\":\"t\",\"body\":\"b\",\"lang\":\"en\"}",
                Api.bearer()).status());
        assertFalse(Api.get(path, Api.bearer()).body().contains("Silav, çawa"));
    }

    private static JsonObject entry(List<JsonObject> queue, String sessionId) {
        return queue.stream().filter(e -> sessionId.equals(e.getString("session_id"))).findFirst()
                .orElseThrow(() -> new AssertionError(sessionId + " not in the queue " + queue));
    }

    /** The Redis TTL of a session's cache entry, read with redis-cli from the tests' own Redis. */
    private static long ttl(String sessionId) throws Exception {
        Process cli = new ProcessBuilder("redis-cli", "-p", String.valueOf(NuraServer.REDIS_PORT), "TTL",
                NuraServer.REDIS_KEY_PREFIX + ":session:" + sessionId).redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertTrue(cli.waitFor(10, TimeUnit.SECONDS), "redis-cli finished");
        return Long.parseLong(out);
    }

    private static List<JsonObject> array(String json) {
        try (var reader = Json.createReader(new java.io.StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static OffsetDateTime acceptedAt(String sessionId) throws Exception {
        try (var c = NuraServer.db(); var s = c.prepareStatement("SELECT accepted_at FROM sessions WHERE session_id = ?")) {
            s.setString(1, sessionId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class);
            }
        }
    }
}
