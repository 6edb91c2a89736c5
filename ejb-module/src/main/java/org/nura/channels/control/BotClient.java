package org.nura.channels.control;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import com.pengrad.telegrambot.utility.BotUtils;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The Bot API through pengrad's java-telegram-bot-api (OkHttp and Gson underneath, the versions the EAR already
 * ships for openai-java and jedis), pointed at {@code <base URL>/bot<token>/}: Telegram itself, a local Bot API
 * server, or a test fake. Failures come back as {@link TelegramError}s that say whether a retry can help.
 */
public class BotClient {

    private final TelegramBot bot;

    public BotClient(String baseUrl, String token, Duration timeout) {
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(timeout).readTimeout(timeout)
                .writeTimeout(timeout).retryOnConnectionFailure(false).build();
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.bot = new TelegramBot.Builder(token).apiUrl(base + "/bot").okHttpClient(http).build();
    }

    /** Makes one call towards a chat. */
    public void call(TelegramCall call) throws TelegramError {
        switch (call.method()) {
            case TelegramCall.SEND -> {
                SendMessage send = new SendMessage(call.chatId(), call.text()).parseMode(ParseMode.HTML);
                execute(call.keyboard().isEmpty() ? send : send.replyMarkup(markup(call.keyboard())));
            }
            case TelegramCall.EDIT -> execute(new EditMessageText(call.chatId(), call.messageId(), call.text())
                    .parseMode(ParseMode.HTML).replyMarkup(markup(call.keyboard())));
            case TelegramCall.ANSWER_CALLBACK -> execute(new AnswerCallbackQuery(call.callbackQueryId()));
            default -> throw new TelegramError("unknown Bot API method " + call.method(), 0, false, null, null);
        }
    }

    /** The next updates after {@code offset}, each as the JSON Telegram sends, waiting up to {@code timeout}. */
    public List<String> updates(long offset, int timeoutSeconds) throws TelegramError {
        GetUpdatesResponse response = execute(new GetUpdates().offset((int) offset).timeout(timeoutSeconds)
                .allowedUpdates("message", "callback_query"));
        return response.updates() == null ? List.of()
                : response.updates().stream().map(BotUtils::toJson).toList();
    }

    /** Polling and a webhook exclude each other: a poller removes the webhook before its first getUpdates. */
    public void deleteWebhook() throws TelegramError {
        execute(new DeleteWebhook());
    }

    private static InlineKeyboardMarkup markup(List<List<TelegramCall.Button>> keyboard) {
        InlineKeyboardButton[][] rows = keyboard.stream().map(row -> row.stream()
                .map(b -> new InlineKeyboardButton(b.text()).callbackData(b.data()))
                .toArray(InlineKeyboardButton[]::new)).toArray(InlineKeyboardButton[][]::new);
        return new InlineKeyboardMarkup(rows);
    }

    private <T extends BaseRequest<T, R>, R extends BaseResponse> R execute(BaseRequest<T, R> request)
            throws TelegramError {
        R response;
        try {
            response = bot.execute(request);
        } catch (RuntimeException e) { // no answer, or one that is not the Bot API's JSON (a proxy's 502 page)
            throw new TelegramError(request.getMethod() + ": no usable answer from the Bot API: " + e.getMessage(),
                    0, true, null, e);
        }
        if (response == null || !response.isOk()) {
            int code = response == null ? 0 : response.errorCode();
            Integer retryAfter = response == null || response.parameters() == null ? null
                    : response.parameters().retryAfter();
            throw new TelegramError(request.getMethod() + " failed: " + code + " "
                    + (response == null ? "" : response.description()), code, code == 429 || code >= 500 || code == 0,
                    retryAfter, null);
        }
        return response;
    }
}
