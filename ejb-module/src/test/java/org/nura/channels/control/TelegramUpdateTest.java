package org.nura.channels.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Updates as the Bot API documents them (https://core.telegram.org/bots/api#update). */
class TelegramUpdateTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aTextMessage() {
        TelegramUpdate u = TelegramUpdate.parse(json("""
                {"update_id":10001,"message":{"message_id":5,"date":1700000000,
                 "from":{"id":42,"is_bot":false,"first_name":"Sara","language_code":"ckb"},
                 "chat":{"id":42,"type":"private","first_name":"Sara"},"text":"سڵاو"}}""")).orElseThrow();
        assertEquals(10001, u.updateId());
        assertEquals(42, u.chatId());
        assertEquals("سڵاو", u.text());
        assertEquals("ckb", u.languageCode());
        assertNull(u.callbackData());
        assertTrue(u.actionable());
        assertEquals("tg:42", TelegramUpdate.customerId(u.chatId()));
    }

    @Test
    void aButtonPress() {
        TelegramUpdate u = TelegramUpdate.parse(json("""
                {"update_id":10002,"callback_query":{"id":"4382bfdwdsb323b2d9","chat_instance":"-1",
                 "from":{"id":42,"is_bot":false,"first_name":"Sara","language_code":"en-GB"},
                 "message":{"message_id":77,"date":1700000000,"chat":{"id":-100123,"type":"private"},"text":"menu"},
                 "data":"t:billing"}}""")).orElseThrow();
        assertEquals(-100123, u.chatId());
        assertEquals("t:billing", u.callbackData());
        assertEquals("4382bfdwdsb323b2d9", u.callbackId());
        assertEquals(77, u.messageId());
        assertTrue(u.actionable());
        assertEquals("en", TelegramChats.firstLanguage(u.languageCode()));
        assertEquals("ar", TelegramChats.firstLanguage("fr"));
    }

    @Test
    void otherUpdatesAreSeenButNotAnswered() {
        TelegramUpdate sticker = TelegramUpdate.parse(json("""
                {"update_id":3,"message":{"message_id":1,"chat":{"id":9,"type":"private"},"sticker":{}}}"""))
                .orElseThrow();
        assertFalse(sticker.actionable());
        assertFalse(TelegramUpdate.parse(json("{\"update_id\":4,\"edited_message\":{}}")).orElseThrow().actionable());
        assertTrue(TelegramUpdate.parse(json("{\"message\":{}}")).isEmpty());
    }

    @Test
    void callsSurviveTheJobPayload() {
        List<TelegramCall> calls = List.of(TelegramCall.answerCallback("cb1"),
                TelegramCall.edit(5, 77, "<b>x</b>", List.of(List.of(new TelegramCall.Button("« Back", "t:root")))),
                TelegramCall.send(5, "hi", List.of()));
        assertEquals(calls, TelegramCall.listFromJson(TelegramCall.toJson(calls)));
    }
}
