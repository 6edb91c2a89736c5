package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed customer call is a 4xx JSON error that changes no stored row. */
@ExtendWith(NuraServer.class)
class BadInputIT {

    private static Customer customer;
    private static String answerId;

    @BeforeAll
    static void aSessionWithAnAnswer() {
        customer = new Customer("cust-bad-input");
        answerId = customer.say("hello").getString("message_id");
    }

    static Stream<Arguments> badCalls() {
        return Stream.of(
                call("empty message", "/v1/message", message("").build(), 400),
                call("whitespace message", "/v1/message", message(" \n\t ").build(), 400),
                call("missing message", "/v1/message", Json.createObjectBuilder().add("channel", "web").build(), 400),
                call("over 2,000 characters", "/v1/message", message("ا".repeat(2001)).build(), 413),
                call("unknown channel", "/v1/message", message("hi").add("channel", "sms").build(), 400),
                call("unknown lang", "/v1/message", message("hi").add("lang", "fr").build(), 400),
                call("session without token", "/v1/message", message("hi").add("session_id", customer.sessionId())
                        .build(), 401),
                call("session with wrong token", "/v1/message", message("hi").add("session_id", customer.sessionId())
                        .add("session_token", "guess").build(), 401),
                call("unknown session", "/v1/message", message("hi").add("session_id", "no-such-session")
                        .add("session_token", customer.token()).build(), 401),
                call("rating not up/down", "/v1/feedback", feedback(answerId).add("rating", "meh").build(), 400),
                call("feedback with wrong token", "/v1/feedback", feedback(answerId).add("rating", "up")
                        .add("session_token", "guess").build(), 401),
                call("feedback on unknown message", "/v1/feedback", feedback("no-such-message").add("rating", "up")
                        .build(), 404),
                call("click without event_type", "/v1/analytics/click", Json.createObjectBuilder()
                        .add("label", "x").build(), 400),
                call("click with over-long topic", "/v1/analytics/click", Json.createObjectBuilder()
                        .add("event_type", "tree_click").add("topic_id", "t".repeat(65)).build(), 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void isRefusedAndStoresNothing(String name, String path, String body, int status) throws Exception {
        Map<String, Long> before = Rows.counts();
        Api.Reply reply = Api.post(path, body);
        assertEquals(status, reply.status(), reply.body());
        JsonObject error = reply.json().getJsonObject("error");
        assertTrue(!error.getString("code").isBlank() && error.getString("request_id").equals(reply.header("X-Request-ID")));
        assertEquals(before, Rows.counts(), name + " changed stored rows");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedRequestsAre4xxJson(String name, String method, String path, String body, int status)
            throws Exception {
        Map<String, Long> before = Rows.counts();
        Api.Reply reply = Api.send(method, path, body);
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.json().containsKey("error"), reply.body());
        assertEquals(before, Rows.counts());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("invalid JSON", "POST", "/v1/message", "{\"message\": \"hi\"", 400),
                Arguments.of("JSON null", "POST", "/v1/message", "null", 400),
                Arguments.of("invalid JSON feedback", "POST", "/v1/feedback", "{rating: up}", 400),
                Arguments.of("unknown article", "GET", "/v1/articles/9999?lang=ar", null, 404),
                Arguments.of("non-numeric article", "GET", "/v1/articles/abc", null, 404),
                Arguments.of("unknown lang for an article", "GET", "/v1/articles/16?lang=fr", null, 400),
                Arguments.of("unknown lang for the tree", "GET", "/v1/topics?lang=xx", null, 400));
    }

    private static Arguments call(String name, String path, JsonObject body, int status) {
        return Arguments.of(name, path, body.toString(), status);
    }

    private static jakarta.json.JsonObjectBuilder message(String text) {
        return Json.createObjectBuilder().add("customer_id", "cust-bad-input").add("channel", "web")
                .add("message", text);
    }

    private static jakarta.json.JsonObjectBuilder feedback(String messageId) {
        return Json.createObjectBuilder().add("session_id", customer.sessionId())
                .add("session_token", customer.token()).add("message_id", messageId);
    }
}
