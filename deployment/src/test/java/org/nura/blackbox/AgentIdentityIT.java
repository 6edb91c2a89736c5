package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agent is the signed-in user: only the agent holding a session answers or closes it (anyone else: 409), and a
 * supervisor gives a session to another agent or takes it over, which the audit log records; canned replies are
 * the supervisors' to change.
 */
@ExtendWith(NuraServer.class)
class AgentIdentityIT {

    @Test
    void anAgentCannotAnswerOrCloseASessionAnotherAgentHolds() throws Exception {
        Customer customer = Desk.pendingCustomer("ident-held");
        String id = customer.sessionId();
        Staff.Member holder = Staff.agent("ident-holder");
        Staff.Member other = Staff.agent("ident-other");
        assertEquals(409, reply(id, other).status(), "nobody holds a pending session yet");
        Desk.ok(Desk.accept(id, holder.username()));

        long turns = Rows.ofSession("chat_turns", id);
        Api.Reply foreign = reply(id, other);
        assertEquals(409, foreign.status(), foreign.body());
        assertEquals("not_your_session", foreign.json().getJsonObject("error").getString("code"));
        assertEquals(409, Api.post("/v1/session/" + id + "/resolve", "{}", other.bearer()).status());
        assertEquals(turns, Rows.ofSession("chat_turns", id), "a refused reply stores nothing");
        assertEquals("human_active", Desk.sessionColumn("status", id));

        JsonObject sent = Desk.ok(reply(id, holder));
        assertEquals(holder.id(), sent.getString("agent"));
        assertEquals("Name of ident-holder", sent.getString("agent_name"));
    }

    @Test
    void aSupervisorTransfersASessionAndTakesOneOver() throws Exception {
        Customer customer = Desk.pendingCustomer("ident-transfer");
        String id = customer.sessionId();
        Staff.Member first = Staff.agent("ident-first");
        Staff.Member second = Staff.agent("ident-second");
        Staff.Member supervisor = Staff.supervisor("ident-super");
        Desk.ok(Desk.accept(id, first.username()));

        assertEquals(403, transfer(id, first, "{\"username\":\"ident-second\"}").status(), "agents do not transfer");
        assertEquals(400, transfer(id, supervisor, "{\"username\":\"nobody-of-that-name\"}").status());
        JsonObject moved = Desk.ok(transfer(id, supervisor, "{\"username\":\"ident-second\"}"));
        assertEquals(second.id(), moved.getString("assigned_agent"));
        assertEquals(second.id(), Desk.sessionColumn("assigned_agent", id));
        assertEquals(409, reply(id, first).status(), "the first agent no longer holds it");
        Desk.ok(reply(id, second));

        JsonObject taken = Desk.ok(transfer(id, supervisor, "{}"));
        assertEquals(supervisor.id(), taken.getString("assigned_agent"), "an empty body takes the session over");
        Desk.ok(reply(id, supervisor));
        assertEquals(409, reply(id, second).status());
        Desk.ok(Api.post("/v1/session/" + id + "/resolve", "{}", supervisor.bearer()));
        assertEquals(supervisor.id(), Desk.outcomeColumn("resolved_by", id));

        String audit = Api.get("/v1/audit?action=handoff.transfer", Api.bearer()).body();
        assertTrue(audit.contains("session:" + id) && audit.contains("\"actor\":\"ident-super\""), audit);
        assertTrue(Api.get("/v1/audit?action=handoff.takeover", Api.bearer()).body().contains("session:" + id));
    }

    @Test
    void cannedReplyChangesAreSupervisorsAndAuditedUnderTheirAuthor() {
        String body = "{\"title\":\"ident\",\"body\":\"hello\",\"lang\":\"en\"}";
        Staff.Member agent = Staff.agent("ident-canned-agent");
        assertEquals(403, Api.post("/v1/handoff/canned-replies", body, agent.bearer()).status(), "agents only use them");
        Staff.Member supervisor = Staff.supervisor("ident-canned");
        Api.Reply created = Api.post("/v1/handoff/canned-replies", body, supervisor.bearer());
        assertEquals(201, created.status(), created.body());
        String replyId = created.json().getJsonNumber("id").toString();
        String audit = Api.get("/v1/audit?action=canned_reply.create", Api.bearer()).body();
        assertTrue(audit.contains("canned_reply:" + replyId) && audit.contains("\"actor\":\"ident-canned\""), audit);
        assertTrue(Api.get("/v1/handoff/canned-replies", agent.bearer()).body().contains("\"id\":" + replyId),
                "agents still list them");
    }

    private static Api.Reply reply(String sessionId, Staff.Member agent) {
        return Api.post("/v1/handoff/" + sessionId + "/reply",
                Json.createObjectBuilder().add("text", "from " + agent.username()).build().toString(), agent.bearer());
    }

    private static Api.Reply transfer(String sessionId, Staff.Member who, String body) {
        return Api.post("/v1/handoff/" + sessionId + "/transfer", body, who.bearer());
    }
}
