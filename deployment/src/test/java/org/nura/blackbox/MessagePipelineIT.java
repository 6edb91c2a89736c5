package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /v1/message end to end, with the topic tree, articles, clicks and feedback, checked in PostgreSQL. */
@ExtendWith(NuraServer.class)
class MessagePipelineIT {

    private static final Path TENANT = Path.of("../ejb-module/src/main/resources/tenant");

    @Test
    void aNewSessionIsCreatedAndItsTokenIsEnforced() throws Exception {
        Customer customer = new Customer("cust-token");
        JsonObject first = customer.say("مرحبا");
        String hash = Rows.text("SELECT session_token_hash FROM sessions WHERE session_id = ?", customer.sessionId());
        assertEquals(sha256(customer.token()), hash, "only the token's SHA-256 is stored");

        String wrong = Json.createObjectBuilder().add("session_id", customer.sessionId())
                .add("session_token", customer.token() + "x").add("message", "hi").build().toString();
        String missing = Json.createObjectBuilder().add("session_id", customer.sessionId()).add("message", "hi")
                .build().toString();
        long logs = Rows.ofSession("conversation_logs", customer.sessionId());
        assertEquals(401, Api.post("/v1/message", wrong).status());
        assertEquals(401, Api.post("/v1/message", missing).status());
        assertEquals(logs, Rows.ofSession("conversation_logs", customer.sessionId()), "refused calls store nothing");

        JsonObject second = customer.say("thanks");
        assertEquals(first.getString("session_id"), second.getString("session_id"));
        assertEquals(first.getString("session_token"), second.getString("session_token"), "token returned every time");
    }

    @Test
    void everyAnswerCarriesTheWholeContract() {
        JsonObject answer = new Customer("cust-contract").say("hello");
        for (String field : new String[] {"session_id", "session_token", "message_id", "response", "channel",
                "escalated", "confidence", "source", "intent", "article_id", "citations", "handoff_status", "lang"}) {
            assertTrue(answer.containsKey(field), field + " in " + answer);
        }
        assertEquals("rules", answer.getString("source"));
        assertEquals("web", answer.getString("channel"));
        assertEquals(JsonValue.ValueType.ARRAY, answer.get("citations").getValueType());
    }

    /** The widget sends its interface language as lang_hint: the answer follows the message, the hint a short one. */
    @ParameterizedTest(name = "{1} with hint {0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "ar|hello, is 5G available?|en",
        "ar|How do I set up the APN on my phone?|en",
        "ar|5G|ar",
        "ar|ok|ar",
        "en|ما هي الباقات المتاحة؟|ar",
        "ku|ok|ku"})
    void theAnswerFollowsTheMessageAndSaysItsLanguage(String hint, String message, String expected) {
        String body = Json.createObjectBuilder().add("customer_id", "cust-hint").add("channel", "web")
                .add("message", message).add("lang_hint", hint).build().toString();
        Api.Reply reply = Api.post("/v1/message", body);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(expected, reply.json().getString("lang"), reply.body());
    }

    @Test
    void anUnknownLanguageHintIs400() {
        String body = Json.createObjectBuilder().add("customer_id", "cust-hint").add("message", "hi")
                .add("lang_hint", "fr").build().toString();
        Api.Reply reply = Api.post("/v1/message", body);
        assertEquals(400, reply.status(), reply.body());
        assertEquals("unknown_lang", reply.json().getJsonObject("error").getString("code"));
    }

    @Test
    @Tag(NuraServer.SMOKE)
    void theReadmeExampleAnswersWithThePackagesArticle() throws Exception {
        JsonObject answer = new Customer("cust-001").say("ما هي الباقات المتاحة؟");
        assertEquals("16", answer.get("article_id").toString(), answer.toString());
        assertEquals("local", answer.getString("source"));
        assertEquals("packages", answer.getString("intent"));
        assertEquals(article(16, "ar").getString("body"), answer.getString("response"), "the Arabic body, verbatim");
        JsonObject citation = answer.getJsonArray("citations").getJsonObject(0);
        assertEquals("article", citation.getString("type"));
        assertEquals("16", citation.getString("id"));
        assertEquals("local", Rows.text("SELECT source FROM conversation_logs WHERE message_id = ?",
                answer.getString("message_id")));
    }

    @Test
    void anExplicitRequestForAHumanHandsOverAndLaterMessagesGoToTheAgent() throws Exception {
        Customer customer = new Customer("cust-human");
        JsonObject handoff = customer.say("I want to talk to a human");
        assertTrue(handoff.getBoolean("escalated"));
        assertEquals("handoff", handoff.getString("source"));
        assertEquals("pending_handoff", handoff.getString("handoff_status"));
        assertEquals("explicit_request",
                Rows.text("SELECT handoff_reason FROM sessions WHERE session_id = ?", customer.sessionId()));
        assertNotNull(Rows.text("SELECT requested_at FROM sessions WHERE session_id = ?", customer.sessionId()));

        JsonObject pending = customer.say("are you there?");
        assertEquals("agent", pending.getString("source"));
        assertTrue(pending.getBoolean("escalated"));
        assertEquals(1, Rows.ofSession("chat_turns", customer.sessionId()), "kept for the agent");
        assertEquals("are you there?", Rows.text("SELECT customer_message FROM conversation_logs WHERE message_id = ?",
                pending.getString("message_id")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ku", "en"})
    @Tag(NuraServer.SMOKE)
    void treeArticleAndClickRoundTripUtf8(String lang) throws Exception {
        JsonObject tree = Api.get("/v1/topics?lang=" + lang).json();
        assertEquals(shipped("topic_tree.json").getJsonObject("label").getString(lang), tree.getString("label"));
        JsonObject firstChild = tree.getJsonArray("children").getJsonObject(0);
        assertEquals(shipped("topic_tree.json").getJsonArray("children").getJsonObject(0).getJsonObject("label")
                .getString(lang), firstChild.getString("label"));

        JsonObject article = article(16, lang);
        assertEquals(lang, article.getString("lang"));
        assertEquals(16, article.getInt("id"));
        assertEquals(shippedArticle(16).getJsonObject("titles").getString(lang), article.getString("title"));
        assertEquals(shippedArticle(16).getJsonObject("body").getString(lang), article.getString("body"));

        String label = firstChild.getString("label");
        String topic = "utf8-" + lang;
        String click = Json.createObjectBuilder().add("session_id", "s-" + lang).add("customer_id", "widget-" + lang)
                .add("event_type", "tree_click").add("label", label).add("meta", label).add("topic_id", topic)
                .add("article_id", 16).build().toString();
        Api.Reply reply = Api.post("/v1/analytics/click", click);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().getBoolean("ok"));
        assertEquals(label, Rows.text("SELECT label FROM tree_clicks WHERE topic_id = ?", topic));
        assertEquals(label, Rows.text("SELECT meta FROM widget_events WHERE topic_id = ?", topic));
    }

    @Test
    void otherWidgetEventsAreNotTreeClicks() throws Exception {
        String event = Json.createObjectBuilder().add("event_type", "widget_open").add("topic_id", "not-a-tree-click")
                .add("meta", Json.createObjectBuilder().add("page", "/pricing")).build().toString();
        assertEquals(200, Api.post("/v1/analytics/click", event).status());
        assertEquals(0, NuraServer.queryLong("SELECT count(*) FROM tree_clicks WHERE topic_id = 'not-a-tree-click'"));
        assertEquals("{\"page\":\"/pricing\"}",
                Rows.text("SELECT meta FROM widget_events WHERE topic_id = 'not-a-tree-click'"));
    }

    @Test
    void aSecondRatingOfTheSameAnswerReplacesTheFirst() throws Exception {
        Customer customer = new Customer("cust-rating");
        String messageId = customer.say("hello").getString("message_id");
        JsonObject up = rate(customer, messageId, "up").json();
        assertTrue(up.getBoolean("ok"));
        assertFalse(up.getBoolean("escalated"));
        assertEquals(200, rate(customer, messageId, "down").status());
        assertEquals(1, Rows.ofSession("message_feedback", customer.sessionId()));
        assertEquals("down", Rows.text("SELECT rating FROM message_feedback WHERE message_id = ?", messageId));
    }

    @Test
    void feedbackOnAnotherSessionsAnswerIsNotFound() throws Exception {
        Customer mine = new Customer("cust-mine");
        mine.say("hello");
        String theirs = new Customer("cust-theirs").say("hello").getString("message_id");
        assertEquals(404, rate(mine, theirs, "down").status());
        assertEquals(0, NuraServer.queryLong("SELECT count(*) FROM message_feedback WHERE message_id = ?", theirs));
    }

    static Api.Reply rate(Customer customer, String messageId, String rating) {
        return Api.post("/v1/feedback", Json.createObjectBuilder().add("session_id", customer.sessionId())
                .add("session_token", customer.token()).add("message_id", messageId).add("rating", rating)
                .build().toString());
    }

    private static JsonObject article(int id, String lang) {
        Api.Reply reply = Api.get("/v1/articles/" + id + "?lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject shippedArticle(int id) throws Exception {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(TENANT.resolve("articles.json")))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().filter(a -> a.getInt("id") == id)
                    .findFirst().orElseThrow();
        }
    }

    private static JsonObject shipped(String file) throws Exception {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(TENANT.resolve(file))))) {
            return reader.readObject();
        }
    }

    private static String sha256(String token) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(digest);
        assertNotEquals(token, hex);
        return hex;
    }
}
