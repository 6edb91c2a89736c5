package org.nura.channels.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.nura.platform.control.JsonSupport;

/**
 * One Bot API call NURA makes towards a chat, as stored in a send job: {@code sendMessage} (a new message),
 * {@code editMessageText} (the topic menu moving to another branch) or {@code answerCallbackQuery} (stops the
 * button's spinner). {@code text} is already HTML (escaped where it came from outside); {@code keyboard} holds rows
 * of inline buttons.
 */
public record TelegramCall(String method, long chatId, Integer messageId, String text, List<List<Button>> keyboard,
        String callbackQueryId) {

    public static final String SEND = "sendMessage";
    public static final String EDIT = "editMessageText";
    public static final String ANSWER_CALLBACK = "answerCallbackQuery";

    /** An inline keyboard button; {@code data} comes back as the callback query's data (at most 64 bytes). */
    public record Button(String text, String data) {
    }

    public TelegramCall {
        keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
    }

    public static TelegramCall send(long chatId, String html, List<List<Button>> keyboard) {
        return new TelegramCall(SEND, chatId, null, html, keyboard, null);
    }

    public static TelegramCall edit(long chatId, int messageId, String html, List<List<Button>> keyboard) {
        return new TelegramCall(EDIT, chatId, messageId, html, keyboard, null);
    }

    public static TelegramCall answerCallback(String callbackQueryId) {
        return new TelegramCall(ANSWER_CALLBACK, 0, null, null, List.of(), callbackQueryId);
    }

    /** The calls of one job, in the order they must reach the chat. */
    public static String toJson(List<TelegramCall> calls) {
        JsonArrayBuilder array = JsonSupport.arrayBuilder();
        calls.forEach(c -> array.add(c.toJson()));
        return JsonSupport.objectBuilder().add("calls", array).build().toString();
    }

    public static List<TelegramCall> listFromJson(String json) {
        try (var reader = JsonSupport.reader(json)) {
            return reader.readObject().getJsonArray("calls").getValuesAs(JsonObject.class).stream()
                    .map(TelegramCall::fromJson).toList();
        }
    }

    JsonObject toJson() {
        JsonObjectBuilder o = JsonSupport.objectBuilder().add("method", method).add("chat_id", chatId);
        if (messageId != null) {
            o.add("message_id", messageId);
        }
        if (text != null) {
            o.add("text", text);
        }
        if (callbackQueryId != null) {
            o.add("callback_query_id", callbackQueryId);
        }
        JsonArrayBuilder rows = JsonSupport.arrayBuilder();
        for (List<Button> row : keyboard) {
            JsonArrayBuilder buttons = JsonSupport.arrayBuilder();
            row.forEach(b -> buttons.add(JsonSupport.objectBuilder().add("text", b.text()).add("data", b.data())));
            rows.add(buttons);
        }
        return o.add("keyboard", rows).build();
    }

    static TelegramCall fromJson(JsonObject o) {
        List<List<Button>> keyboard = o.getJsonArray("keyboard").getValuesAs(JsonArray.class).stream()
                .map(row -> row.getValuesAs(JsonObject.class).stream()
                        .map(b -> new Button(b.getString("text"), b.getString("data"))).toList())
                .toList();
        Integer messageId = o.containsKey("message_id") && o.get("message_id") != JsonValue.NULL
                ? o.getInt("message_id") : null;
        return new TelegramCall(o.getString("method"), o.getJsonNumber("chat_id").longValue(), messageId,
                o.getString("text", null), keyboard, o.getString("callback_query_id", null));
    }
}
