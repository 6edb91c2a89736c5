package org.nura.blackbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;

/** The agent's side of the handoff endpoints, for the black-box tests (bearer included). */
final class Desk {

    private Desk() {
    }

    /** A new session already waiting for a human, created through the direct button. */
    static Customer pendingCustomer(String customerId) {
        Customer customer = new Customer(customerId);
        customer.directHandoff("test");
        return customer;
    }

    static Api.Reply accept(String sessionId, String agent) {
        return Api.post("/v1/handoff/" + sessionId + "/accept?agent_id=" + agent, null, Api.bearer());
    }

    static Api.Reply reply(String sessionId, String text) {
        return Api.post("/v1/handoff/" + sessionId + "/reply",
                Json.createObjectBuilder().add("text", text).build().toString(), Api.bearer());
    }

    static Api.Reply resolve(String sessionId, JsonObject outcome) {
        return Api.post("/v1/session/" + sessionId + "/resolve", outcome.toString(), Api.bearer());
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
