package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every handoff trigger, worded in Arabic, Kurmanji and English, ends in pending_handoff with its reason stored. */
@ExtendWith(NuraServer.class)
class HandoffTriggersIT {

    @ParameterizedTest(name = "explicit request: {0}")
    @CsvSource(delimiter = '|', value = {
        "أريد التحدث مع موظف خدمة العملاء",
        "Ez dixwazim bi karmendekî re biaxivim",
        "Can I talk to a human please"})
    void anExplicitRequestForAHumanHandsOver(String message) throws Exception {
        assertHandedOver(new Customer("trigger-explicit"), message, "explicit_request");
    }

    @ParameterizedTest(name = "angry: {0}")
    @CsvSource(delimiter = '|', value = {
        "انتو نصابين! سرقتوا رصيدي",
        "Hûn diz in! pereyê min çû",
        "This is ridiculous, you are thieves!!"})
    void anAngryCustomerIsHandedOver(String message) throws Exception {
        assertHandedOver(new Customer("trigger-angry"), message, "negative_sentiment");
    }

    @ParameterizedTest(name = "complaint: {0}")
    @CsvSource(delimiter = '|', value = {
        "بدي قدم شكوى رسمية على الخدمة",
        "Ez dixwazim gilî bikim li ser xizmetê",
        "I would like to file a formal complaint"})
    void aComplaintIsHandedOver(String message) throws Exception {
        JsonObject answer = assertHandedOver(new Customer("trigger-complaint"), message, "negative_sentiment");
        assertEquals("complaint", answer.getString("intent"));
    }

    @ParameterizedTest(name = "low confidence: {0}, {1}")
    @CsvSource(delimiter = '|', value = {
        "ثقفغ ضصث قفغع|ظظظ ززز ذذذ",
        "qqq zzz xwq|wibble snark blorf",
        "blorf snark wibble|purple zorp glimmax"})
    void twoUnsureAnswersInARowHandOver(String first, String second) throws Exception {
        Customer customer = new Customer("trigger-unsure");
        JsonObject unsure = customer.say(first);
        assertFalse(unsure.getBoolean("escalated"), unsure.toString());
        assertTrue(unsure.getJsonNumber("confidence").doubleValue() < 0.45, unsure.toString());
        assertEquals("1", Desk.sessionColumn("low_confidence_streak", customer.sessionId()));
        assertHandedOver(customer, second, "low_confidence");
        assertEquals("0", Desk.sessionColumn("low_confidence_streak", customer.sessionId()), "counted afresh");
    }

    @Test
    void aConfidentAnswerBreaksTheStreak() throws Exception {
        Customer customer = new Customer("trigger-streak-broken");
        assertFalse(customer.say("blorf snark wibble").getBoolean("escalated"));
        assertEquals("local", customer.say("ما هي الباقات المتاحة؟").getString("source"));
        assertFalse(customer.say("purple zorp glimmax").getBoolean("escalated"), "1 unsure answer, not 2 in a row");
        assertEquals("bot", Desk.sessionColumn("status", customer.sessionId()));
    }

    /**
     * A thumbs down alone only records the rating (customers 👎 correct answers too); the widget then asks "would
     * you like a person?" and the customer's yes is the bad_feedback trigger (handoff/direct, reason bad_feedback).
     */
    @ParameterizedTest(name = "thumbs down, then yes, after: {0}")
    @CsvSource(delimiter = '|', value = {
        "ما هي الباقات المتاحة؟",
        "Çawa ez dikarim pakêtê çalak bikim?",
        "How do I set up the APN on my phone?"})
    void aThumbsDownThenYesHandsOver(String question) throws Exception {
        Customer customer = new Customer("trigger-down");
        JsonObject answer = customer.say(question);
        assertFalse(answer.getBoolean("escalated"), answer.toString());
        Api.Reply rated = MessagePipelineIT.rate(customer, answer.getString("message_id"), "down");
        assertEquals(200, rated.status(), rated.body());
        assertFalse(rated.json().getBoolean("escalated"), "a 👎 alone hands nobody over");
        assertEquals("bot", Desk.sessionColumn("status", customer.sessionId()));
        assertEquals(0, Rows.ofSession("session_outcomes", customer.sessionId()));
        assertEquals("down", Rows.text("SELECT rating FROM message_feedback WHERE message_id = ?",
                answer.getString("message_id")), "the rating is stored all the same");

        Api.Reply yes = customer.directHandoff("bad_feedback");
        assertEquals(200, yes.status(), yes.body());
        assertEquals("pending_handoff", yes.json().getString("handoff_status"));
        assertPending(customer.sessionId(), "bad_feedback");
        assertEquals(200, customer.directHandoff("bad_feedback").status(), "a second yes changes nothing");
        assertEquals(1, Rows.ofSession("session_outcomes", customer.sessionId()), "one handoff, not two");
    }

    @ParameterizedTest(name = "direct button: {0}")
    @CsvSource(delimiter = '|', value = {"مشكلة في الفاتورة", "pirsgirêka fatûreyê", "billing problem"})
    void theDirectButtonCreatesAPendingSession(String reason) throws Exception {
        Customer customer = new Customer("trigger-direct");
        Api.Reply reply = customer.directHandoff(reason);
        assertEquals(200, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertTrue(body.getBoolean("ok"));
        assertTrue(body.getBoolean("escalated"));
        assertEquals("pending_handoff", body.getString("handoff_status"));
        assertFalse(body.getString("session_token").isBlank(), "the customer gets a token for the new session");
        assertPending(customer.sessionId(), reason);
        assertEquals("agent", customer.say("hello?").getString("source"), "the token works; a human holds it now");
    }

    @Test
    void theDirectButtonOnAnExistingSessionNeedsItsToken() throws Exception {
        Customer customer = new Customer("trigger-direct-existing");
        customer.say("hello");
        String forged = Json.createObjectBuilder().add("session_id", customer.sessionId())
                .add("session_token", "forged").add("customer_id", "x").add("channel", "web").build().toString();
        assertEquals(401, Api.post("/v1/handoff/direct", forged).status());
        assertEquals("bot", Desk.sessionColumn("status", customer.sessionId()), "a refused call changes nothing");
        assertEquals(200, customer.directHandoff("").status());
        assertPending(customer.sessionId(), "direct_button");
    }

    @Test
    void badDirectRequestsAre400AndCreateNothing() throws Exception {
        Map<String, Long> before = Rows.counts();
        for (String body : new String[] {"{\"channel\":\"web\"}", "{\"customer_id\":\"c\",\"channel\":\"fax\"}",
            "{\"customer_id\":\"c\",\"reason\":\"" + "x".repeat(65) + "\"}", "not json"}) {
            Api.Reply reply = Api.post("/v1/handoff/direct", body);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertNotNull(reply.json().getJsonObject("error").getString("code"));
        }
        assertEquals(before, Rows.counts());
    }

    private static JsonObject assertHandedOver(Customer customer, String message, String reason) throws Exception {
        JsonObject answer = customer.say(message);
        assertTrue(answer.getBoolean("escalated"), message + " -> " + answer);
        assertEquals("handoff", answer.getString("source"), answer.toString());
        assertEquals("pending_handoff", answer.getString("handoff_status"));
        assertPending(customer.sessionId(), reason);
        return answer;
    }

    /** The session waits with its reason, and an outcome row "pending" carries the same reason (original test 4). */
    static void assertPending(String sessionId, String reason) throws Exception {
        assertEquals("pending_handoff", Desk.sessionColumn("status", sessionId));
        assertEquals(reason, Desk.sessionColumn("handoff_reason", sessionId));
        assertNotNull(Desk.sessionColumn("requested_at", sessionId));
        assertEquals("pending", Desk.outcomeColumn("status", sessionId));
        assertEquals(reason, Desk.outcomeColumn("handoff_reason", sessionId));
    }
}
