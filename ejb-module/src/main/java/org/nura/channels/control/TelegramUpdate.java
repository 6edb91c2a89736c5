package org.nura.channels.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * The parts of a Bot API Update NURA acts on: a text message, or a press on one of its inline buttons (a callback
 * query, whose message is the one to edit). Anything else (stickers, edits, joins) is an update with no text and no
 * data: recorded as seen, otherwise ignored.
 */
public record TelegramUpdate(long updateId, long chatId, String text, String languageCode, String callbackId,
        String callbackData, Integer messageId) {

    /** Reads an Update object; empty when it has no update_id or no chat (nothing to answer). */
    public static Optional<TelegramUpdate> parse(JsonObject update) {
        JsonNumber id = number(update, "update_id");
        if (id == null) {
            return Optional.empty();
        }
        JsonObject message = object(update, "message");
        JsonObject callback = object(update, "callback_query");
        if (message != null) {
            JsonObject chat = object(message, "chat");
            return chat == null || number(chat, "id") == null ? Optional.empty() : Optional.of(new TelegramUpdate(
                    id.longValue(), number(chat, "id").longValue(), string(message, "text"),
                    string(object(message, "from"), "language_code"), null, null, null));
        }
        if (callback != null) {
            JsonObject origin = object(callback, "message");
            JsonObject chat = object(origin, "chat");
            if (chat == null || number(chat, "id") == null) {
                return Optional.empty();
            }
            JsonNumber messageId = number(origin, "message_id");
            return Optional.of(new TelegramUpdate(id.longValue(), number(chat, "id").longValue(), null,
                    string(object(callback, "from"), "language_code"), string(callback, "id"),
                    string(callback, "data"), messageId == null ? null : messageId.intValue()));
        }
        return Optional.of(new TelegramUpdate(id.longValue(), 0, null, null, null, null, null));
    }

    /** Whether the update has something to answer. */
    public boolean actionable() {
        return chatId != 0 && (text != null && !text.isBlank() || callbackData != null);
    }

    /** The customer id a chat has in NURA: sessions, search and privacy know Telegram customers by it. */
    public static String customerId(long chatId) {
        return "tg:" + chatId;
    }

    private static JsonObject object(JsonObject parent, String key) {
        return parent != null && parent.get(key) instanceof JsonObject o ? o : null;
    }

    private static JsonNumber number(JsonObject parent, String key) {
        return parent != null && parent.get(key) instanceof JsonNumber n ? n : null;
    }

    private static String string(JsonObject parent, String key) {
        JsonValue value = parent == null ? null : parent.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? parent.getString(key) : null;
    }
}
