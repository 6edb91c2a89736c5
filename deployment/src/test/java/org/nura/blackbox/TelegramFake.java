package org.nura.blackbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fake Telegram Bot API on {@code NuraServer.TELEGRAM_PORT}: it answers {@code /bot<token>/<method>} the way
 * Telegram does ({"ok":true,"result":…} JSON; the client posts form fields) and remembers every call, so tests
 * read what the server sent to which chat.
 */
final class TelegramFake {

    static final String TOKEN = "123456789:it-telegram-token";
    static final String WEBHOOK_SECRET = "it-telegram-webhook-secret";
    static final String PATH = "/bot" + TOKEN + "/";

    private final WireMockServer server;

    TelegramFake() {
        server = new WireMockServer(options().port(NuraServer.TELEGRAM_PORT).bindAddress("127.0.0.1"));
        server.start();
        reset();
    }

    /** Only the default answers, and no calls remembered. */
    void reset() {
        server.resetAll();
        server.stubFor(any(urlMatching(".*")).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}")));
        for (String method : List.of("sendMessage", "editMessageText")) {
            server.stubFor(post(urlEqualTo(PATH + method)).atPriority(5).willReturn(okJson("{\"ok\":true,\"result\":"
                    + "{\"message_id\":1000,\"date\":1700000000,\"chat\":{\"id\":1,\"type\":\"private\"},"
                    + "\"text\":\"ok\"}}")));
        }
        for (String method : List.of("answerCallbackQuery", "deleteWebhook")) {
            server.stubFor(post(urlEqualTo(PATH + method)).atPriority(5).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        }
        server.stubFor(post(urlEqualTo(PATH + "getUpdates")).atPriority(5).willReturn(okJson("{\"ok\":true,\"result\":[]}")));
    }

    void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /** The form fields of every call of {@code method}, oldest first. */
    List<Map<String, String>> calls(String method) {
        return server.findAll(anyRequestedFor(urlEqualTo(PATH + method))).stream().map(TelegramFake::form).toList();
    }

    /** The calls of {@code method} towards one chat. */
    List<Map<String, String>> calls(String method, long chatId) {
        return calls(method).stream().filter(f -> String.valueOf(chatId).equals(f.get("chat_id"))).toList();
    }

    void stop() {
        server.stop();
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = request.getBodyAsString();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }
}
