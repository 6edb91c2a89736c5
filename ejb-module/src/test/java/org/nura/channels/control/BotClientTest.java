package org.nura.channels.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real client library against a fake Bot API answering Telegram's JSON, on a local port. */
class BotClientTest {

    static final String TOKEN = "123456:test-token";
    static final String SENT = "{\"ok\":true,\"result\":{\"message_id\":9,\"date\":1700000000,"
            + "\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"x\"}}";

    WireMockServer telegram;
    BotClient client;

    @BeforeEach
    void start() {
        telegram = new WireMockServer(options().dynamicPort());
        telegram.start();
        client = new BotClient(telegram.baseUrl(), TOKEN, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        telegram.stop();
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    @Test
    void sendMessageGoesToTheConfiguredBaseUrlWithTheTokenAndHtmlText() throws TelegramError {
        telegram.stubFor(post(urlEqualTo("/bot" + TOKEN + "/sendMessage")).willReturn(okJson(SENT)));
        client.call(TelegramCall.send(42, "a &lt;b&gt;", List.of(List.of(new TelegramCall.Button("Talk", "h")))));
        LoggedRequest request = telegram.findAll(postRequestedFor(urlEqualTo("/bot" + TOKEN + "/sendMessage")))
                .get(0);
        Map<String, String> fields = form(request);
        assertEquals("42", fields.get("chat_id"));
        assertEquals("a &lt;b&gt;", fields.get("text"));
        assertEquals("HTML", fields.get("parse_mode"));
        assertTrue(fields.get("reply_markup").contains("\"callback_data\":\"h\""), fields.get("reply_markup"));
    }

    @Test
    void editMessageTextNamesTheMessage() throws TelegramError {
        telegram.stubFor(post(urlEqualTo("/bot" + TOKEN + "/editMessageText")).willReturn(okJson(SENT)));
        client.call(TelegramCall.edit(42, 77, "<b>Billing</b>", List.of()));
        telegram.verify(postRequestedFor(urlEqualTo("/bot" + TOKEN + "/editMessageText"))
                .withRequestBody(containing("message_id=77")));
    }

    @Test
    void tooManyRequestsIsRetryableWithTelegramsWait() {
        telegram.stubFor(post(urlEqualTo("/bot" + TOKEN + "/sendMessage")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":false,\"error_code\":429,"
                        + "\"description\":\"Too Many Requests: retry after 3\",\"parameters\":{\"retry_after\":3}}")));
        TelegramError e = assertThrows(TelegramError.class, () -> client.call(TelegramCall.send(42, "x", List.of())));
        assertTrue(e.retryable());
        assertEquals(429, e.code());
        assertEquals(3, e.retryAfter());
    }

    @Test
    void aServerErrorWithoutJsonIsRetryable() {
        telegram.stubFor(post(urlEqualTo("/bot" + TOKEN + "/sendMessage")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html>Bad Gateway</html>")));
        assertTrue(assertThrows(TelegramError.class, () -> client.call(TelegramCall.send(42, "x", List.of())))
                .retryable());
    }

    @Test
    void aRefusedCallIsNotRetryable() {
        telegram.stubFor(post(urlEqualTo("/bot" + TOKEN + "/sendMessage")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}")));
        TelegramError e = assertThrows(TelegramError.class, () -> client.call(TelegramCall.send(42, "x", List.of())));
        assertFalse(e.retryable());
        assertEquals(403, e.code());
    }

    @Test
    void getUpdatesGivesEachUpdateBackAsTelegramJson() throws TelegramError {
        telegram.stubFor(post(urlEqualTo("/bot" + TOKEN + "/getUpdates")).willReturn(okJson("{\"ok\":true,\"result\":["
                + "{\"update_id\":500,\"message\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":42,"
                + "\"type\":\"private\"},\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"S\","
                + "\"language_code\":\"ar\"},\"text\":\"مرحبا\"}}]}")));
        List<String> updates = client.updates(500, 0);
        assertEquals(1, updates.size());
        TelegramUpdate u = TelegramUpdate.parse(jakarta.json.Json.createReader(new java.io.StringReader(
                updates.get(0))).readObject()).orElseThrow();
        assertEquals(500, u.updateId());
        assertEquals("مرحبا", u.text());
        assertEquals("ar", u.languageCode());
        telegram.verify(postRequestedFor(urlEqualTo("/bot" + TOKEN + "/getUpdates"))
                .withRequestBody(containing("offset=500")));
    }
}
