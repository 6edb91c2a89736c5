package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GET /v1/sessions and GET /v1/session/{id} over HTTP: conversations created through the API in Arabic, Kurmanji,
 * Sorani and English are found by a word of them in the spellings TextFolding folds, by each filter, page by page
 * in both search plans; bad parameters are 400s, wrong roles 401/403; the history shows the whole session.
 */
@ExtendWith(NuraServer.class)
class SessionSearchIT {

    private static final Random RANDOM = new Random();
    /** Arabic letters no fold changes, so a made-up word is unique to this run and keeps its letters. */
    private static final String ARABIC = "بتثجحخدذرزسشصضطظعغفقلمن";
    private static final String LATIN = "bdfghjklmnprtvz";
    private static final String RUN = word(LATIN, 6);

    private static Customer arabic;
    private static String arabicWord;
    private static Customer kurmanji;
    private static String kurmanjiWord;
    private static Customer sorani;
    private static String soraniWord;
    private static Customer english;
    private static String englishWord;
    private static String digits;

    private static String word(String letters, int length) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < length; i++) {
            w.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return w.toString();
    }

    @BeforeAll
    static void conversationsInFourLanguages() {
        arabicWord = word(ARABIC, 5);
        arabic = new Customer("search-ar-" + RUN);
        // stored with hamza on alef, ta marbuta and a tatweel; searched for with none of them
        arabic.say("مرحبا، الإنترنـت عندي بطيئة جداً في أ" + arabicWord + "ة من أمس");
        kurmanjiWord = word(LATIN, 5);
        kurmanji = new Customer("search-ku-" + RUN);
        kurmanji.say("Silav, înternetê min li Ş" + kurmanjiWord + "ê gelek hêdî ye");
        soraniWord = word(ARABIC, 4);
        sorani = new Customer("search-ckb-" + RUN);
        sorani.say("سڵاو، ئینتەرنێتی من لە ک" + soraniWord + "ە زۆر خاوە");
        englishWord = word(LATIN, 7);
        digits = String.valueOf(1_000_000 + RANDOM.nextInt(8_999_999));
        english = new Customer("search-en-" + RUN);
        english.say("Hi, my internet in " + englishWord + " is slow, my number is "
                + digits.chars().mapToObj(d -> String.valueOf((char) ('٠' + d - '0'))).reduce("", String::concat));
    }

    private static Api.Reply search(String query, String... auth) {
        return Api.get("/v1/sessions?" + query, auth.length == 0 ? Staff.supervisor("search-supervisor").bearer() : auth);
    }

    private static List<String> found(String query) {
        Api.Reply reply = search(query);
        assertEquals(200, reply.status(), query + ": " + reply.body());
        return reply.json().getJsonArray("sessions").stream().map(s -> s.asJsonObject().getString("session_id"))
                .toList();
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void eachLanguageIsFoundByAWordOfItInTheSpellingsTextFoldingFolds() {
        assertEquals(List.of(arabic.sessionId()), found(q("ا" + arabicWord + "ه")), "no hamza seat, ta marbuta as ha");
        assertEquals(List.of(arabic.sessionId()), found(q("إ" + arabicWord + "ة")), "another hamza seat");
        assertEquals(List.of(arabic.sessionId()), found(q("الانترنت ا" + arabicWord)), "two words of one message");
        assertEquals(List.of(kurmanji.sessionId()), found(q("s" + kurmanjiWord + "e")), "Kurmanji without accents");
        assertEquals(List.of(kurmanji.sessionId()), found(q("Ş" + kurmanjiWord.toUpperCase() + "Ê")), "upper case");
        assertEquals(List.of(sorani.sessionId()), found(q("ك" + soraniWord + "ه")), "Sorani on an Arabic keyboard");
        assertEquals(List.of(english.sessionId()), found(q(englishWord.toUpperCase())));
        assertEquals(List.of(english.sessionId()), found(q(digits)), "Arabic-Indic digits stored, ASCII searched");
        assertEquals(List.of(english.sessionId()), found(q(englishWord.substring(1, 6))), "a part of a word");
        assertEquals(List.of(), found(q(englishWord + " " + kurmanjiWord)), "words of two sessions are no one message");
    }

    @Test
    void eachResultShowsTheSessionAndTheMessageThatMatched() {
        Api.Reply reply = search(q("s" + kurmanjiWord + "e"));
        JsonObject page = reply.json();
        assertEquals(1, page.getInt("page"));
        assertEquals(20, page.getInt("page_size"));
        assertFalse(page.getBoolean("has_more"));
        JsonObject s = page.getJsonArray("sessions").getJsonObject(0);
        assertEquals("search-ku-" + RUN, s.getString("customer_id"));
        assertEquals("web", s.getString("channel"));
        assertEquals("bot", s.getString("status"));
        assertEquals("customer", s.getString("matched_role"));
        assertTrue(s.getString("matched_text").contains("Ş" + kurmanjiWord + "ê"), s.toString());
        assertEquals(2, s.getInt("messages"), "the question and its answer");
        assertNotNull(s.getString("created_at"));
    }

    @Test
    void theSqlFoldIsTheJavaFold() throws Exception {
        Map<String, String> folds = Map.of("الإنترنـت", "الانترنت", "بطيئة", "بطييه", "شكوى", "شكوي",
                "ئینتەرنێت", "يينتهرنيت", "Înternetê ÇAWA", "internete cawa", "٠٧٥٠۱۲", "075012", "ٱلْبَاقَة", "الباقه");
        try (Connection c = NuraServer.db(); PreparedStatement s = c.prepareStatement("SELECT nura_fold(?)")) {
            for (Map.Entry<String, String> e : folds.entrySet()) {
                s.setString(1, e.getKey());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertEquals(e.getValue(), rs.getString(1), e.getKey());
                }
            }
        }
    }

    @Test
    void eachFilterNarrowsTheSearch() throws Exception {
        String word = word(LATIN, 8);
        Customer onTelegram = new Customer("search-tg-" + RUN);
        Api.Reply telegram = Api.post("/v1/message", Json.createObjectBuilder().add("customer_id", onTelegram.customerId())
                .add("channel", "telegram").add("message", "hello " + word).build().toString());
        assertEquals(200, telegram.status(), telegram.body());
        String telegramSession = telegram.json().getString("session_id");
        Customer handedOver = new Customer("search-handoff-" + RUN);
        handedOver.say("hello " + word);
        handedOver.say("I want to talk to a human");
        Staff.Member agent = Staff.agent("search-agent-" + RUN);
        Desk.ok(Desk.accept(handedOver.sessionId(), agent.username()));
        String both = q(word);
        assertEquals(List.of(handedOver.sessionId(), telegramSession), found(both), "newest first");
        assertEquals(List.of(telegramSession), found(both + "&channel=telegram"));
        assertEquals(List.of(handedOver.sessionId()), found(both + "&channel=web"));
        assertEquals(List.of(handedOver.sessionId()), found(both + "&status=human_active"));
        assertEquals(List.of(telegramSession), found(both + "&status=bot"));
        assertEquals(List.of(handedOver.sessionId()), found(both + "&agent=" + agent.id()));
        assertEquals(List.of(handedOver.sessionId()), found("agent=" + agent.id()), "a filter without a query");
        assertEquals(List.of(telegramSession), found(both + "&customer_id=" + onTelegram.customerId()));
        assertEquals(List.of(arabic.sessionId()), found("customer_id=search-ar-" + RUN));
        String today = OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().toString();
        String tomorrow = OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().plusDays(1).toString();
        assertEquals(2, found(both + "&from=" + today + "&to=" + today).size(), "a bare date is its whole day");
        assertEquals(List.of(), found(both + "&from=" + tomorrow));
        assertEquals(List.of(), found(both + "&to=" + OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toLocalDate()));
        String hourAgo = URLEncoder.encode(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(), StandardCharsets.UTF_8);
        assertEquals(2, found(both + "&from=" + hourAgo).size(), "a date-time with offset");
    }

    /** A rare word (under the probe's cap) and a common one (over it) take the two plans; both page alike. */
    @Test
    void pagesAreStableNewestFirstInBothPlans() throws Exception {
        for (int perSession : new int[] {1, 70}) {
            String word = word(LATIN, 9);
            List<String> newestFirst = insertSessions(word, 45, perSession);
            List<String> seen = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                JsonObject json = search(q(word) + "&page=" + page).json();
                json.getJsonArray("sessions").forEach(s -> seen.add(s.asJsonObject().getString("session_id")));
                assertEquals(page < 3, json.getBoolean("has_more"), "page " + page);
            }
            assertEquals(newestFirst, seen, perSession + " messages a session: every session once, newest first");
            assertEquals(seen.subList(20, 40), found(q(word) + "&page=2"), "the same page again");
            assertEquals(List.of(), found(q(word) + "&page=4"));
        }
    }

    /** Sessions with messages containing the word, written straight to PostgreSQL (2 minutes apart), newest first. */
    private static List<String> insertSessions(String word, int sessions, int messagesEach) throws Exception {
        List<String> ids = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2);
        try (Connection c = NuraServer.db();
                PreparedStatement session = c.prepareStatement("INSERT INTO sessions (session_id, session_token_hash,"
                        + " customer_id, channel, created_at, updated_at) VALUES (?, 'x', ?, 'web', ?, ?)");
                PreparedStatement message = c.prepareStatement("INSERT INTO conversation_logs (message_id, session_id,"
                        + " customer_id, channel, role, customer_message, created_at) VALUES (?, ?, ?, 'web', 'customer', ?, ?)")) {
            for (int i = 0; i < sessions; i++) {
                String id = UUID.randomUUID().toString();
                OffsetDateTime at = start.plusMinutes(2L * i);
                session.setString(1, id);
                session.setString(2, "search-bulk-" + RUN);
                session.setObject(3, at);
                session.setObject(4, at);
                session.executeUpdate();
                for (int m = 0; m < messagesEach; m++) {
                    message.setString(1, UUID.randomUUID().toString());
                    message.setString(2, id);
                    message.setString(3, "search-bulk-" + RUN);
                    message.setString(4, "message " + m + " about " + word);
                    message.setObject(5, at.plusSeconds(m));
                    message.addBatch();
                }
                message.executeBatch();
                ids.add(0, id);
            }
        }
        return ids;
    }

    @Test
    void badParametersAre400sWithAJsonError() {
        for (String bad : List.of("status=open", "channel=api", "page=0", "page=501", "page=two", "from=yesterday",
                "from=2026-11-30&to=2026-11-01", "to=2026-13-01", q("?!"), q("x".repeat(201)),
                "agent=" + "a".repeat(129))) {
            Api.Reply reply = search(bad);
            assertEquals(400, reply.status(), bad + ": " + reply.body());
            JsonObject error = reply.json().getJsonObject("error");
            assertNotNull(error.getString("code"), bad);
            assertNotNull(error.getString("request_id"), bad);
        }
    }

    @Test
    void onlySupervisorsAndAdminsMaySearchOrReadASession() {
        String one = "/v1/session/" + english.sessionId();
        assertEquals(401, Api.get("/v1/sessions").status());
        assertEquals(401, Api.get(one).status());
        assertEquals(401, Api.get("/v1/sessions", "Authorization", "Bearer not-a-token").status());
        Staff.Member agent = Staff.agent("search-agent-only-" + RUN);
        assertEquals(403, Api.get("/v1/sessions", agent.bearer()).status());
        assertEquals(403, Api.get(one, agent.bearer()).status());
        assertEquals(200, Api.get("/v1/sessions", Staff.supervisor("search-supervisor").bearer()).status());
        assertEquals(200, Api.get(one, Staff.admin().bearer()).status());
        assertEquals(200, Api.get(one, Api.bearer()).status(), "the API key is an admin");
        // the handoff's calls on the same path keep their own roles beside the supervisors' GET
        assertEquals(401, Api.post(one + "/resolve", "{}").status());
    }

    @Test
    void theHistoryShowsEveryTurnWithSourcesFeedbackAgentTurnsHandoffAndOutcome() throws Exception {
        Customer customer = new Customer("search-history-" + RUN);
        JsonObject answer = customer.say("How do I activate an eSIM on my phone?");
        Api.Reply rated = Api.post("/v1/feedback", Json.createObjectBuilder().add("session_id", customer.sessionId())
                .add("session_token", customer.token()).add("message_id", answer.getString("message_id"))
                .add("rating", "up").add("comment", "شكراً").build().toString());
        assertEquals(200, rated.status(), rated.body());
        customer.say("I want to talk to a human");
        Staff.Member agent = Staff.agent("search-history-agent-" + RUN);
        Desk.ok(Desk.accept(customer.sessionId(), agent.username()));
        Desk.ok(Desk.reply(customer.sessionId(), "Hello, I am activating your eSIM now"));
        Desk.ok(Desk.resolve(customer.sessionId(), Json.createObjectBuilder().add("status", "resolved")
                .add("issue_category", "sim").add("root_cause", "esim_provisioning").build()));

        Api.Reply reply = Api.get("/v1/session/" + customer.sessionId(), Staff.supervisor("search-supervisor").bearer());
        assertEquals(200, reply.status(), reply.body());
        JsonObject history = reply.json();
        JsonObject session = history.getJsonObject("session");
        assertEquals("resolved", session.getString("status"));
        assertEquals(agent.id(), session.getString("assigned_agent"));
        var messages = history.getJsonArray("messages");
        assertEquals(5, messages.size(), "question, answer, request, handoff answer, agent reply: " + messages);
        assertFalse(history.getBoolean("truncated"));
        JsonObject first = messages.getJsonObject(0);
        JsonObject eSimAnswer = messages.getJsonObject(1);
        assertEquals(List.of("customer", "How do I activate an eSIM on my phone?"),
                List.of(first.getString("role"), first.getString("text")));
        assertEquals(answer.getString("message_id"), eSimAnswer.getString("message_id"));
        assertEquals("assistant", eSimAnswer.getString("role"));
        assertEquals(answer.getString("response"), eSimAnswer.getString("text"));
        assertEquals(answer.getString("source"), eSimAnswer.getString("source"));
        assertEquals(answer.getJsonNumber("confidence").doubleValue(), eSimAnswer.getJsonNumber("confidence").doubleValue(), 1e-9);
        assertEquals(answer.getString("intent"), eSimAnswer.getString("intent"));
        assertEquals(answer.getJsonArray("citations").size(), eSimAnswer.getJsonArray("citations").size());
        assertEquals("up", eSimAnswer.getJsonObject("feedback").getString("rating"));
        assertEquals("شكراً", eSimAnswer.getJsonObject("feedback").getString("comment"));
        assertTrue(messages.getJsonObject(3).getBoolean("escalated"), "the answer that handed over");
        JsonObject agentTurn = messages.getJsonObject(4);
        assertEquals(List.of("agent", "agent", "Hello, I am activating your eSIM now", agent.id(), "Name of " + agent.username()),
                List.of(agentTurn.getString("role"), agentTurn.getString("source"), agentTurn.getString("text"),
                        agentTurn.getString("sender"), agentTurn.getString("sender_name")));
        assertTrue(history.getJsonArray("live_chat").stream().anyMatch(t -> t.asJsonObject().getString("role").equals("agent")
                && t.asJsonObject().getString("text").equals("Hello, I am activating your eSIM now")));
        JsonObject handoff = history.getJsonArray("handoffs").getJsonObject(0);
        assertEquals(List.of("resolved", "explicit_request", agent.id(), "sim", "esim_provisioning"),
                List.of(handoff.getString("status"), handoff.getString("handoff_reason"), handoff.getString("agent_id"),
                        handoff.getString("issue_category"), handoff.getString("root_cause")));
        assertTrue(handoff.getJsonNumber("time_to_accept_seconds").doubleValue() >= 0);
        assertTrue(handoff.getJsonNumber("time_to_resolution_seconds").doubleValue()
                >= handoff.getJsonNumber("time_to_accept_seconds").doubleValue());
        assertNotNull(handoff.getString("resolved_at"));
        assertEquals(404, Api.get("/v1/session/" + UUID.randomUUID(), Api.bearer()).status());
    }
}
