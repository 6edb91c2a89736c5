package org.nura.blackbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** A widget customer for the black-box tests: sends messages and keeps the session id and token it was given. */
final class Customer {

    private final String customerId;
    private String sessionId;
    private String token;

    Customer(String customerId) {
        this.customerId = customerId;
    }

    /** Sends a message in this customer's session (a new one on the first call); fails the test on an error. */
    JsonObject say(String message) {
        Api.Reply reply = send(message, null);
        if (reply.status() != 200) {
            throw new AssertionError("POST /v1/message answered " + reply.status() + ": " + reply.body());
        }
        JsonObject answer = reply.json();
        sessionId = answer.getString("session_id");
        token = answer.getString("session_token");
        return answer;
    }

    /** Sends a message with the session's current id and token and any extra fields, returning the raw reply. */
    Api.Reply send(String message, String lang) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("customer_id", customerId).add("channel", "web")
                .add("message", message);
        if (sessionId != null) {
            body.add("session_id", sessionId).add("session_token", token);
        }
        if (lang != null) {
            body.add("lang", lang);
        }
        return Api.post("/v1/message", body.build().toString());
    }

    /** Presses the widget's "talk to a human" button; adopts the session it answers with. */
    Api.Reply directHandoff(String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("customer_id", customerId).add("channel", "web")
                .add("reason", reason);
        if (sessionId != null) {
            body.add("session_id", sessionId).add("session_token", token);
        }
        Api.Reply reply = Api.post("/v1/handoff/direct", body.build().toString());
        if (reply.status() == 200) {
            sessionId = reply.json().getString("session_id");
            token = reply.json().getString("session_token");
        }
        return reply;
    }

    String customerId() {
        return customerId;
    }

    String sessionId() {
        return sessionId;
    }

    String token() {
        return token;
    }
}
