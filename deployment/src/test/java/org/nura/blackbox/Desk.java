package org.nura.blackbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agent's side of the handoff endpoints, for the black-box tests: each agent is a signed-in user ({@link Staff});
 * replies and resolves go out under the token of the agent who accepted the session.
 */
final class Desk {

    static final String DEFAULT_AGENT = "agent-desk";
    private static final Map<String, Staff.Member> HOLDERS = new ConcurrentHashMap<>();

    private Desk() {
    }

    /** A new session already waiting for a human, created through the direct button. */
    static Customer pendingCustomer(String customerId) {
        Customer customer = new Customer(customerId);
        customer.directHandoff("test");
        return customer;
    }

    /** The agent of this user name (created on first use) accepts the session. */
    static Api.Reply accept(String sessionId, String agent) {
        Staff.Member member = Staff.agent(agent);
        Api.Reply reply = Api.post("/v1/handoff/" + sessionId + "/accept", null, member.bearer());
        if (reply.status() == 200) {
            HOLDERS.put(sessionId, member);
        }
        return reply;
    }

    static Api.Reply reply(String sessionId, String text) {
        return Api.post("/v1/handoff/" + sessionId + "/reply",
                Json.createObjectBuilder().add("text", text).build().toString(), holder(sessionId).bearer());
    }

    static Api.Reply resolve(String sessionId, JsonObject outcome) {
        return Api.post("/v1/session/" + sessionId + "/resolve", outcome.toString(), holder(sessionId).bearer());
    }

    /** Who accepted the session through this class, else the default agent. */
    static Staff.Member holder(String sessionId) {
        return HOLDERS.getOrDefault(sessionId, Staff.agent(DEFAULT_AGENT));
    }

    /** Fails the test unless the call answered 200; returns the JSON body. */
    static JsonObject ok(Api.Reply reply) {
        if (reply.status() != 200) {
            throw new AssertionError("expected 200, got " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    static String sessionColumn(String column, String sessionId) throws SQLException {
        return Rows.text("SELECT " + column + " FROM sessions WHERE session_id = ?", sessionId);
    }

    static String outcomeColumn(String column, String sessionId) throws SQLException {
        return Rows.text("SELECT " + column + " FROM session_outcomes WHERE session_id = ? ORDER BY id DESC LIMIT 1",
                sessionId);
    }
}
