package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files both ways in a live chat (issue 20): the customer's image reaches the agent's stream and the transcript, the
 * agent's PDF reaches the customer through a signed link that works now and not after it expires; a program renamed
 * .png, an SVG and a too-big file are refused with clear messages; outside a live chat, with a wrong token or by an
 * agent who does not hold the chat, nothing is stored.
 */
@ExtendWith(NuraServer.class)
class AttachmentsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** A session an agent of its own has accepted: a live chat. */
    private static Customer liveChat(String agent) {
        Customer customer = Desk.pendingCustomer("att-" + UUID.randomUUID());
        Desk.ok(Desk.accept(customer.sessionId(), agent));
        return customer;
    }

    private static Api.Reply customerSends(Customer c, String name, String declaredType, byte[] bytes) {
        return new Multipart().field("session_token", c.token()).file("file", name, declaredType, bytes)
                .post("/v1/session/" + c.sessionId() + "/attachments", customer());
    }

    private static Api.Reply agentSends(String sessionId, String name, String declaredType, byte[] bytes) {
        return new Multipart().file("file", name, declaredType, bytes)
                .post("/v1/handoff/" + sessionId + "/attachments", Desk.holder(sessionId).bearer());
    }

    /** Each upload from an address of its own (the harness is the trusted proxy), so the upload limit never bites. */
    private static String[] customer() {
        return new String[] {"X-Forwarded-For", "198.19." + (int) (Math.random() * 256) + "." + (int) (Math.random() * 256)};
    }

    static HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(NuraServer.baseUrl()).resolve(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @BeforeAll
    static void shortConfigCache() throws Exception {
        ServerAdmin.configCache(1);
    }

    @AfterAll
    static void usualConfigCache() throws Exception {
        ServerAdmin.configCache(60);
    }

    @Test
    void anImageFromTheCustomerReachesTheAgentLiveAndInTheTranscript() throws Exception {
        Customer customer = liveChat("att-agent-1");
        byte[] png = SampleFiles.png(40, 30);
        try (SseClient agents = SseClient.open("/v1/handoff/stream", 0, Desk.holder(customer.sessionId()).bearer());
                SseClient own = SseClient.open("/v1/session/" + customer.sessionId() + "/stream?token="
                        + customer.token(), 0)) {
            Api.Reply sent = customerSends(customer, "صورة الفاتورة.png", "application/octet-stream", png);
            assertEquals(201, sent.status(), sent.body());
            JsonObject view = sent.json();
            assertEquals("image/png", view.getString("type"));
            assertEquals("صورة الفاتورة.png", view.getString("name"));
            assertEquals(png.length, view.getInt("size"));
            assertEquals("customer", view.getString("by"));

            JsonObject event = attachmentEvent(agents, customer.sessionId());
            assertEquals(view.getString("id"), event.getString("id"));
            assertEquals("صورة الفاتورة.png", event.getString("name"));
            assertEquals("image/png", event.getString("type"));
            assertEquals(png.length, event.getInt("size"));
            assertTrue(event.getString("url").startsWith("/v1/attachments/" + view.getString("id") + "?exp="));
            assertNotNull(attachmentEvent(own, customer.sessionId()), "the customer's stream shows it too");

            HttpResponse<byte[]> file = fetch(event.getString("url"));
            assertEquals(200, file.statusCode());
            assertArrayEquals(png, file.body(), "the agent fetches the same bytes");
            assertEquals("image/png", file.headers().firstValue("Content-Type").orElse(""));
            String disposition = file.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.startsWith("inline;"), disposition);
            assertTrue(disposition.contains("filename*=UTF-8''%D8%B5%D9%88%D8%B1%D8%A9%20"), disposition);
            assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(file.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("sandbox")),
                    file.headers().map().toString());
        }
        Api.Reply history = Api.get("/v1/session/" + customer.sessionId(), Api.bearer());
        assertTrue(history.body().contains("\uD83D\uDCCE صورة الفاتورة.png"), "a message of the transcript: "
                + history.body());
        JsonArray listed = array(Api.get("/v1/handoff/" + customer.sessionId() + "/attachments",
                Desk.holder(customer.sessionId()).bearer()));
        assertEquals(1, listed.size());
    }

    @Test
    void aPdfFromTheAgentIsDownloadedByTheCustomerUntilItsLinkExpires() throws Exception {
        Customer customer = liveChat("att-agent-2");
        byte[] pdf = SampleFiles.pdf("invoice 42");
        try (SseClient own = SseClient.open("/v1/session/" + customer.sessionId() + "/stream?token="
                + customer.token(), 0)) {
            Api.Reply sent = agentSends(customer.sessionId(), "invoice.pdf", "image/png", pdf);
            assertEquals(201, sent.status(), sent.body());
            JsonObject event = attachmentEvent(own, customer.sessionId());
            assertEquals("application/pdf", event.getString("type"));
            assertEquals("agent", event.getString("by"));
            assertNotNull(event.getString("agent_name", null));

            HttpResponse<byte[]> file = fetch(event.getString("url"));
            assertEquals(200, file.statusCode());
            assertArrayEquals(pdf, file.body());
            assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
            assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        }
        // after a reload the widget asks for the session's files: fresh links with the token, none without
        Api.Reply listed = Api.get("/v1/session/" + customer.sessionId() + "/attachments?token=" + customer.token());
        assertEquals(200, listed.status(), listed.body());
        String url = array(listed).getJsonObject(0).getString("url");
        assertEquals(200, fetch(url).statusCode());
        assertEquals(401, Api.get("/v1/session/" + customer.sessionId() + "/attachments?token=wrong").status());

        String exp = url.replaceAll(".*exp=(\\d+).*", "$1");
        HttpResponse<byte[]> tampered = fetch(url.replace("exp=" + exp, "exp=" + (Long.parseLong(exp) + 3600)));
        assertEquals(403, tampered.statusCode(), "a longer life is a forgery");
        assertTrue(new String(tampered.body(), "UTF-8").contains("\"invalid_link\""));
        assertEquals(403, fetch(url.replaceAll("sig=.", "sig=x")).statusCode());
        assertEquals(403, fetch(url.replaceAll("[?].*", "")).statusCode(), "no link, no file");

        ServerAdmin.systemProperty("ATTACHMENTS_URL_SECONDS", "5");
        try {
            String[] shortLived = new String[1];
            // the server's config cache may hold the 300 s lifetime a little longer: wait for a link of 5 s
            assertTrue(Eventually.within(Duration.ofSeconds(90), () -> {
                shortLived[0] = array(Api.get("/v1/session/" + customer.sessionId() + "/attachments?token="
                        + customer.token())).getJsonObject(0).getString("url");
                long left = Long.parseLong(shortLived[0].replaceAll(".*exp=(\\d+).*", "$1"))
                        - System.currentTimeMillis() / 1000;
                return left <= 6;
            }), "links of ATTACHMENTS_URL_SECONDS=5 are handed out");
            assertEquals(200, fetch(shortLived[0]).statusCode(), "it works now");
            Thread.sleep(6500);
            HttpResponse<byte[]> expired = fetch(shortLived[0]);
            assertEquals(410, expired.statusCode(), "and not after it expired");
            assertTrue(new String(expired.body(), "UTF-8").contains("\"link_expired\""));
        } finally {
            ServerAdmin.systemProperty("ATTACHMENTS_URL_SECONDS", null);
        }
    }

    @Test
    void aProgramRenamedPngAnSvgAndATooBigFileAreRefusedWithClearMessages() {
        Customer customer = liveChat("att-agent-3");
        Api.Reply exe = customerSends(customer, "cute-cat.png", "image/png", SampleFiles.exe());
        assertEquals(415, exe.status(), exe.body());
        JsonObject error = exe.json().getJsonObject("error");
        assertEquals("unsupported_file_type", error.getString("code"));
        assertTrue(error.getString("message").contains("Windows program"), error.getString("message"));
        assertNotNull(error.getString("request_id"));

        Api.Reply svg = agentSends(customer.sessionId(), "logo.png", "image/png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes());
        assertEquals(415, svg.status(), svg.body());
        assertTrue(svg.body().contains("SVG"));

        Api.Reply big = customerSends(customer, "huge.png", "image/png", SampleFiles.big(5 * 1024 * 1024 + 1));
        assertEquals(413, big.status(), big.body());
        assertEquals("file_too_large", big.json().getJsonObject("error").getString("code"));
        assertTrue(big.json().getJsonObject("error").getString("message").contains("5 MB"), big.body());

        JsonArray none = array(Api.get("/v1/session/" + customer.sessionId() + "/attachments?token="
                + customer.token()));
        assertEquals(0, none.size(), "nothing refused was stored");
    }

    @Test
    void onlyDuringALiveChatOnlyWithTheTokenOnlyByTheHoldingAgent() {
        Customer bot = new Customer("att-bot-" + UUID.randomUUID());
        bot.say("hello");
        Api.Reply withBot = customerSends(bot, "a.png", "image/png", SampleFiles.png(2, 2));
        assertEquals(409, withBot.status(), withBot.body());
        assertEquals("not_live_chat", withBot.json().getJsonObject("error").getString("code"));
        assertTrue(withBot.json().getJsonObject("error").getString("message").contains("live chat"));

        Customer waiting = Desk.pendingCustomer("att-wait-" + UUID.randomUUID());
        assertEquals(409, customerSends(waiting, "a.png", "image/png", SampleFiles.png(2, 2)).status(),
                "waiting for an agent is not yet a live chat");

        Customer live = liveChat("att-agent-4");
        Api.Reply wrongToken = new Multipart().field("session_token", "not-the-token")
                .file("file", "a.png", "image/png", SampleFiles.png(2, 2))
                .post("/v1/session/" + live.sessionId() + "/attachments", customer());
        assertEquals(401, wrongToken.status(), wrongToken.body());
        Api.Reply unknown = new Multipart().field("session_token", live.token())
                .file("file", "a.png", "image/png", SampleFiles.png(2, 2)).post("/v1/session/no-such-session/attachments", customer());
        assertEquals(401, unknown.status(), unknown.body());

        Api.Reply noBearer = new Multipart().file("file", "a.png", "image/png", SampleFiles.png(2, 2))
                .post("/v1/handoff/" + live.sessionId() + "/attachments");
        assertEquals(401, noBearer.status());
        Api.Reply otherAgent = new Multipart().file("file", "a.png", "image/png", SampleFiles.png(2, 2))
                .post("/v1/handoff/" + live.sessionId() + "/attachments", Staff.agent("att-agent-other").bearer());
        assertEquals(409, otherAgent.status(), otherAgent.body());
        assertEquals("not_your_session", otherAgent.json().getJsonObject("error").getString("code"));

        Api.Reply missing = new Multipart().field("session_token", live.token())
                .post("/v1/session/" + live.sessionId() + "/attachments", customer());
        assertEquals(400, missing.status(), missing.body());
    }

    @Test
    void erasingTheCustomerDeletesTheirFiles() throws Exception {
        Customer customer = liveChat("att-agent-5");
        Api.Reply sent = customerSends(customer, "id-card.png", "image/png", SampleFiles.png(8, 8));
        assertEquals(201, sent.status(), sent.body());
        String url = sent.json().getString("url");
        JsonObject tables = Api.get("/v1/customers/" + customer.customerId() + "/export", Api.bearer()).json()
                .getJsonObject("tables");
        assertEquals("id-card.png", tables.getJsonArray("attachments").getJsonObject(0).getString("file_name"));
        assertEquals(1, tables.getJsonArray("attachment_contents").size());

        assertEquals(200, Api.send("DELETE", "/v1/customers/" + customer.customerId(), null, Api.bearer()).status());
        HttpResponse<byte[]> gone = fetch(url);
        assertEquals(404, gone.statusCode(), "the bytes are gone with the customer");
        assertNotEquals(0, gone.body().length);
    }

    private static JsonArray array(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(reply.body()))) {
            return reader.readArray();
        }
    }

    private static JsonObject attachmentEvent(SseClient stream, String sessionId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            SseClient.Event event = stream.nextOf(sessionId, WAIT);
            if (event != null && "attachment".equals(event.type())) {
                return event.json();
            }
        }
        throw new AssertionError("no attachment event for " + sessionId);
    }
}
