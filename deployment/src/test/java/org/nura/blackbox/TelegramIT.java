package org.nura.blackbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Telegram channel end to end: Telegram's updates reach the webhook as Telegram sends them, the server's real
 * Bot API client answers a fake Bot API on a local port (TELEGRAM_API_BASE_URL), and PostgreSQL shows what was kept.
 */
@ExtendWith(NuraServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramIT {

    /** A setting changed as a system property reaches the application once Payara's config cache lets it. */
    private static final Duration SETTING_CHANGE = Duration.ofSeconds(90);

    private static final AtomicLong UPDATE_IDS = new AtomicLong(1_000_000);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static TelegramFake telegram;

    @BeforeAll
    static void startFakeTelegram() {
        telegram = new TelegramFake();
    }

    @AfterAll
    static void stopFakeTelegram() {
        telegram.stop();
    }

    static JsonObject message(long updateId, long chatId, String text, String languageCode) {
        return Json.createObjectBuilder().add("update_id", updateId).add("message", Json.createObjectBuilder()
                .add("message_id", 1).add("date", 1_700_000_000)
                .add("from", Json.createObjectBuilder().add("id", chatId).add("is_bot", false)
                        .add("first_name", "Customer").add("language_code", languageCode))
                .add("chat", Json.createObjectBuilder().add("id", chatId).add("type", "private"))
                .add("text", text)).build();
    }

    static JsonObject press(long chatId, int messageId, String data) {
        return Json.createObjectBuilder().add("update_id", UPDATE_IDS.incrementAndGet()).add("callback_query",
                Json.createObjectBuilder().add("id", "cb-" + chatId + "-" + data).add("chat_instance", "1")
                        .add("from", Json.createObjectBuilder().add("id", chatId).add("is_bot", false)
                                .add("first_name", "Customer").add("language_code", "en"))
                        .add("message", Json.createObjectBuilder().add("message_id", messageId).add("date", 1)
                                .add("chat", Json.createObjectBuilder().add("id", chatId).add("type", "private"))
                                .add("text", "menu"))
                        .add("data", data)).build();
    }

    /** An update with nothing to answer (as Telegram sends for kinds NURA does not ask for). */
    static JsonObject bare() {
        return Json.createObjectBuilder().add("update_id", UPDATE_IDS.incrementAndGet()).build();
    }

    static Api.Reply webhook(JsonObject update, String secret) {
        return secret == null ? Api.post("/v1/telegram/webhook", update.toString())
                : Api.post("/v1/telegram/webhook", update.toString(), "X-Telegram-Bot-Api-Secret-Token", secret);
    }

    static JsonObject delivered(JsonObject update) {
        return Desk.ok(webhook(update, TelegramFake.WEBHOOK_SECRET));
    }

    static JsonObject say(long chatId, String text) {
        return delivered(message(UPDATE_IDS.incrementAndGet(), chatId, text, "en"));
    }

    /** Waits until the chat got {@code count} calls of {@code method}; returns the newest. */
    static Map<String, String> awaitCall(String method, long chatId, int count) throws Exception {
        assertTrue(Eventually.within(WAIT, () -> telegram.calls(method, chatId).size() >= count),
                method + " #" + count + " to chat " + chatId + "; got " + telegram.calls(method, chatId));
        List<Map<String, String>> calls = telegram.calls(method, chatId);
        return calls.get(count - 1);
    }

    static String session(long chatId) throws Exception {
        return Rows.text("SELECT session_id FROM telegram_chats WHERE chat_id = ?", chatId);
    }

    @Test
    void aTextMessageIsAnsweredThroughSendMessageWithItsSourceAndThePersonButton() throws Exception {
        long chat = 7001;
        JsonObject answer = say(chat, "Hello, how do I download the self-care app?");
        assertTrue(answer.getBoolean("ok"));
        assertFalse(answer.getBoolean("duplicate"));
        Map<String, String> sent = awaitCall("sendMessage", chat, 1);
        assertEquals("HTML", sent.get("parse_mode"));
        assertTrue(sent.get("text").contains("<i>Source: "), sent.get("text"));
        assertTrue(sent.get("reply_markup").contains("\"callback_data\":\"h\""), sent.get("reply_markup"));
        String session = session(chat);
        assertEquals("tg:7001", Desk.sessionColumn("customer_id", session));
        assertEquals("telegram", Desk.sessionColumn("channel", session));
        assertEquals(2, Rows.ofSession("conversation_logs", session), "the question and the answer are logged");
        assertEquals("en", Rows.text("SELECT lang FROM conversation_logs WHERE session_id = ? AND role = 'customer'",
                session), "the message's language");
    }

    @Test
    void aButtonPressOpensTheBranchByEditingTheMenuAndALeafSendsItsArticle() throws Exception {
        long chat = 7002;
        delivered(message(UPDATE_IDS.incrementAndGet(), chat, "/start", "en"));
        JsonObject tree = Api.get("/v1/topics?lang=en").json();
        Map<String, String> menu = awaitCall("sendMessage", chat, 1);
        JsonObject branch = tree.getJsonArray("children").getJsonObject(0);
        assertTrue(menu.get("reply_markup").contains("\"callback_data\":\"t:" + branch.getString("id") + "\""),
                menu.get("reply_markup"));

        delivered(press(chat, 555, "t:" + branch.getString("id")));
        Map<String, String> edit = awaitCall("editMessageText", chat, 1);
        assertEquals("555", edit.get("message_id"));
        assertTrue(edit.get("text").contains(branch.getString("label")), edit.get("text"));
        String keyboard = edit.get("reply_markup");
        assertTrue(keyboard.contains("\"callback_data\":\"t:" + tree.getString("id") + "\""), "back: " + keyboard);
        branch.getJsonArray("children").getValuesAs(JsonObject.class).forEach(child ->
                assertTrue(keyboard.contains("t:" + child.getString("id")), child.getString("id")));
        assertTrue(Eventually.within(WAIT, () -> telegram.calls("answerCallbackQuery").stream()
                .anyMatch(c -> ("cb-" + chat + "-t:" + branch.getString("id")).equals(c.get("callback_query_id")))));

        JsonObject leaf = firstLeaf(branch);
        delivered(press(chat, 555, "t:" + leaf.getString("id")));
        Map<String, String> article = awaitCall("sendMessage", chat, 2);
        assertTrue(article.get("text").contains("article " + leaf.getInt("article_id")), article.get("text"));
    }

    private static JsonObject firstLeaf(JsonObject node) {
        var children = node.getJsonArray("children");
        if (children == null || children.isEmpty()) {
            return node;
        }
        return firstLeaf(children.getJsonObject(0));
    }

    @Test
    void aDuplicateUpdateIdIsIgnored() throws Exception {
        long chat = 7003;
        JsonObject update = message(UPDATE_IDS.incrementAndGet(), chat, "hello", "en");
        assertFalse(delivered(update).getBoolean("duplicate"));
        assertTrue(delivered(update).getBoolean("duplicate"), "the second delivery is recognised");
        awaitCall("sendMessage", chat, 1);
        Thread.sleep(2000); // a second answer would have left by now
        assertEquals(1, telegram.calls("sendMessage", chat).size());
        assertEquals(2, Rows.ofSession("conversation_logs", session(chat)), "one question, one answer");
    }

    @Test
    void aWrongOrMissingSecretIsRefusedWith401AndLogged() throws Exception {
        long before = NuraServer.queryLong(
                "SELECT count(*) FROM security_logs WHERE event_type = 'telegram_webhook_refused'");
        JsonObject update = message(UPDATE_IDS.incrementAndGet(), 7004, "hello", "en");
        Api.Reply wrong = webhook(update, "not-the-secret");
        assertEquals(401, wrong.status());
        assertEquals("unauthorized", wrong.json().getJsonObject("error").getString("code"));
        assertEquals(401, webhook(update, null).status());
        assertEquals(401, Api.post("/v1/telegram/webhook", "{not json", "X-Telegram-Bot-Api-Secret-Token", "guess")
                .status(), "the secret is checked before the body is read");
        assertEquals(before + 3, NuraServer.queryLong(
                "SELECT count(*) FROM security_logs WHERE event_type = 'telegram_webhook_refused'"));
        assertEquals(0, NuraServer.queryLong("SELECT count(*) FROM telegram_updates WHERE update_id = ?",
                update.getJsonNumber("update_id").longValue()), "a refused update is not recorded");
        assertEquals(200, webhook(update, TelegramFake.WEBHOOK_SECRET).status(), "the same update, rightly sent");
    }

    @Test
    void aCustomerAsksForAPersonAnAgentAcceptsAndRepliesAndTheRatingIsStored() throws Exception {
        long chat = 7005;
        say(chat, "hello");
        awaitCall("sendMessage", chat, 1);
        delivered(press(chat, 1000, "h"));
        Map<String, String> waiting = awaitCall("sendMessage", chat, 2);
        assertTrue(waiting.get("text").contains("queue"), waiting.get("text"));
        String session = session(chat);
        assertEquals("pending_handoff", Desk.sessionColumn("status", session));

        Desk.ok(Desk.accept(session, "agent-telegram"));
        Map<String, String> joined = awaitCall("sendMessage", chat, 3);
        assertTrue(joined.get("text").contains("Name of agent-telegram"), joined.get("text"));
        Desk.ok(Desk.reply(session, "Your line is <fixed> & working"));
        Map<String, String> reply = awaitCall("sendMessage", chat, 4);
        assertTrue(reply.get("text").contains("Your line is &lt;fixed&gt; &amp; working"), reply.get("text"));

        say(chat, "thank you!"); // while the agent holds the session, it goes to the agent, not the bot
        assertTrue(Eventually.within(WAIT, () -> NuraServer.queryLong("SELECT count(*) FROM chat_turns"
                + " WHERE session_id = ? AND text = 'thank you!'", session) == 1));

        Desk.ok(Desk.resolve(session, Json.createObjectBuilder().add("status", "resolved").build()));
        Map<String, String> prompt = awaitCall("sendMessage", chat, 5);
        for (int stars = 1; stars <= 5; stars++) {
            assertTrue(prompt.get("reply_markup").contains("\"callback_data\":\"r:" + stars + "\""));
        }
        delivered(press(chat, 1001, "r:4"));
        // the ratings table both channels share (issue 20): the handoff it closes and its agent come with it
        assertTrue(Eventually.within(WAIT, () -> NuraServer.queryLong("SELECT count(*) FROM ratings r"
                + " JOIN session_outcomes o ON o.id = r.outcome_id WHERE r.channel = 'telegram' AND r.rating = 4"
                + " AND r.customer_id = ? AND r.session_id = ? AND r.agent_name = 'Name of agent-telegram'",
                "tg:" + chat, session) == 1));
        assertTrue(awaitCall("sendMessage", chat, 6).get("text").contains("Thank you for your rating"));
        delivered(press(chat, 1002, "r:2")); // a second press for the same handoff: thanked, not stored again
        assertTrue(awaitCall("sendMessage", chat, 7).get("text").contains("Thank you for your rating"));
        assertEquals(1, NuraServer.queryLong("SELECT count(*) FROM ratings WHERE session_id = ?", session));
    }

    @Test
    void aTelegram429And500AreRetriedUntilTheMessageGoesOut() throws Exception {
        long chat = 7006;
        String scenario = "busy-telegram";
        telegram.stub(post(urlEqualTo(TelegramFake.PATH + "sendMessage")).atPriority(1)
                .withRequestBody(containing("chat_id=" + chat)).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("after-429")
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after"
                                + " 1\",\"parameters\":{\"retry_after\":1}}")));
        telegram.stub(post(urlEqualTo(TelegramFake.PATH + "sendMessage")).atPriority(1)
                .withRequestBody(containing("chat_id=" + chat)).inScenario(scenario)
                .whenScenarioStateIs("after-429").willSetStateTo("after-500")
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}")));
        telegram.stub(post(urlEqualTo(TelegramFake.PATH + "sendMessage")).atPriority(1)
                .withRequestBody(containing("chat_id=" + chat)).inScenario(scenario)
                .whenScenarioStateIs("after-500").willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":3,"
                        + "\"date\":1,\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":\"x\"}}")));
        say(chat, "hello");
        awaitCall("sendMessage", chat, 3);
        assertTrue(Eventually.within(WAIT, () -> "done".equals(Rows.text("SELECT status FROM jobs"
                + " WHERE job_type = 'telegram_send' AND reference = ? ORDER BY created_at DESC LIMIT 1", "tg:" + chat))));
        assertEquals("3", Rows.text("SELECT attempts::text FROM jobs WHERE job_type = 'telegram_send'"
                + " AND reference = ? ORDER BY created_at DESC LIMIT 1", "tg:" + chat), "429, 500, then sent");
        assertEquals(3, telegram.calls("sendMessage", chat).size(), "the answer went out once it could");
    }

    @Test
    void aTelegramCustomerIsErasedWithTheirChatAndRatings() throws Exception {
        long chat = 7007;
        say(chat, "hello");
        awaitCall("sendMessage", chat, 1);
        String session = session(chat);
        Api.Reply erased = Api.send("DELETE", "/v1/customers/tg:" + chat, null, Api.bearer());
        assertEquals(200, erased.status(), erased.body());
        assertEquals(0, NuraServer.queryLong("SELECT count(*) FROM telegram_chats WHERE chat_id = ?", chat));
        assertEquals(0, NuraServer.queryLong("SELECT count(*) FROM sessions WHERE session_id = ?", session));
        say(chat, "hello again"); // the chat starts over as a new customer
        awaitCall("sendMessage", chat, 2);
        assertFalse(session.equals(session(chat)));
    }

    /**
     * Long polling switched on at run time (a system property, as an operator would): while another node holds the
     * lease (a row written here, as that node's poller would) this server does not poll; once that lease runs out
     * (the node died and stopped renewing; here its expiry is moved to now) this server takes over, removes the
     * webhook, fetches the updates, answers them, and keeps the offset; the webhook refuses calls meanwhile.
     */
    @Test
    @Order(Integer.MAX_VALUE) // switches the webhook off for a while: the last test of the class
    void whenPollingTheServerWaitsForAnotherNodesLeaseThenTakesOverAndAnswers() throws Exception {
        long chat = 7008;
        long updateId = UPDATE_IDS.incrementAndGet();
        ServerAdmin.configCache(1);
        try (var c = NuraServer.db(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE telegram_poller SET owner = 'another-node',"
                    + " lease_until = now() + interval '60 seconds'");
        }
        telegram.stub(post(urlEqualTo(TelegramFake.PATH + "getUpdates")).atPriority(1)
                .withRequestBody(containing("offset=0")).willReturn(okJson("{\"ok\":true,\"result\":["
                        + message(updateId, chat, "hello from polling", "en") + "]}")));
        try {
            ServerAdmin.systemProperty("TELEGRAM_POLLER_ENABLED", "true");
            assertTrue(Eventually.within(SETTING_CHANGE, () -> webhook(bare(), TelegramFake.WEBHOOK_SECRET)
                    .status() == 409), "the webhook is off while polling");
            Thread.sleep(3000);
            assertEquals(0, telegram.calls("getUpdates").size(), "another node holds the lease: no polling here");
            try (var c = NuraServer.db(); var s = c.createStatement()) { // that node died: its lease runs out
                s.executeUpdate("UPDATE telegram_poller SET lease_until = now() WHERE owner = 'another-node'");
            }
            assertTrue(Eventually.within(WAIT, () -> !telegram.calls("getUpdates").isEmpty()), "taken over");
            assertTrue(telegram.calls("deleteWebhook").size() >= 1, "the webhook is removed before polling");
            Map<String, String> answer = awaitCall("sendMessage", chat, 1);
            assertTrue(answer.get("text").contains("Source: "), answer.get("text"));
            assertTrue(Eventually.within(WAIT, () -> NuraServer.queryLong("SELECT update_offset FROM telegram_poller")
                    == updateId + 1), "the offset moved past the update");
            assertTrue(NuraServer.queryLong("SELECT count(*) FROM telegram_poller WHERE owner <> 'another-node'"
                    + " AND lease_until > now()") == 1, "this server holds the lease now");
        } finally {
            // switched off as a value: deleting the property leaves it in the running JVM
            ServerAdmin.systemProperty("TELEGRAM_POLLER_ENABLED", "false");
        }
        assertTrue(Eventually.within(SETTING_CHANGE, () -> NuraServer.queryLong("SELECT count(*) FROM telegram_poller"
                + " WHERE owner IS NULL") == 1), "polling off: the lease is given up");
        assertTrue(Eventually.within(SETTING_CHANGE, () -> webhook(bare(), TelegramFake.WEBHOOK_SECRET)
                .status() == 200), "the webhook is back");
        ServerAdmin.systemProperty("TELEGRAM_POLLER_ENABLED", null);
        ServerAdmin.configCache(60);
    }
}
