package org.nura.channels.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.nura.channels.control.ChatInFlight;
import org.nura.channels.control.Phrases;
import org.nura.channels.control.Screens;
import org.nura.channels.control.TelegramCall;
import org.nura.channels.control.TelegramChats;
import org.nura.channels.control.TelegramConfig;
import org.nura.channels.control.TelegramOutbox;
import org.nura.channels.control.TelegramText;
import org.nura.channels.control.TelegramUpdate;
import org.nura.channels.entity.TelegramChat;
import org.nura.conversation.boundary.Conversations;
import org.nura.conversation.boundary.Inbound;
import org.nura.conversation.boundary.Reply;
import org.nura.handoff.boundary.DirectHandoff;
import org.nura.handoff.boundary.DirectResult;
import org.nura.handoff.boundary.Handoffs;
import org.nura.knowledge.control.LanguageGuesser;
import org.nura.platform.control.JsonSupport;
import org.nura.platform.control.NuraConfig;
import org.nura.platform.control.NuraException;
import org.nura.sessions.control.HandoffPolicy;

/**
 * One Telegram update in, in one transaction, whether it came by webhook or by the poller: recorded by update_id
 * (a second delivery changes nothing), then a text goes through the same message pipeline as the widget's (channel
 * telegram, customer {@code tg:<chat id>}), a button press moves in the topic tree, asks for a person or rates.
 * What the chat is shown leaves as send jobs, so the caller never waits for Telegram.
 */
@Stateless
public class TelegramUpdates {

    public static final String CHANNEL = "telegram";

    @Inject
    TelegramConfig config;

    @Inject
    NuraConfig nura;

    @Inject
    TelegramChats chats;

    @Inject
    TelegramOutbox outbox;

    @Inject
    Conversations conversations;

    @Inject
    Handoffs handoffs;

    @Inject
    TopicMenus menus;

    @Inject
    ChatInFlight inFlight;

    @Inject
    HandoffPolicy policy;

    /** Whether the webhook call carries TELEGRAM_WEBHOOK_SECRET (compared in constant time). */
    public boolean authentic(String secret) {
        return config.secretMatches(secret);
    }

    /** Whether a webhook call may be taken: the channel is on, and no poller reads the updates instead. */
    public void acceptWebhook() {
        if (!config.enabled()) {
            throw NuraException.notFound("telegram_off", "The Telegram channel is not configured");
        }
        if (config.pollerEnabled()) {
            throw NuraException.conflict("telegram_polling", "This installation polls Telegram; the webhook is off");
        }
    }

    /** Handles an update given as Telegram's JSON; false when it had been handled before (or is not an update). */
    public boolean receive(String json) {
        JsonObject object;
        try (var reader = JsonSupport.reader(json == null ? "" : json)) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw NuraException.invalid("invalid_update", "The body is not a Telegram Update object");
        }
        TelegramUpdate update = TelegramUpdate.parse(object).orElseThrow(() ->
                NuraException.invalid("invalid_update", "An update needs an update_id"));
        if (!chats.firstTime(update.updateId())) {
            return false;
        }
        if (update.actionable()) {
            TelegramChat chat = chats.chat(update.chatId(), update.languageCode());
            outbox.send(chat.chatId(), inFlight.handle(chat, () -> update.callbackData() != null
                    ? pressed(chat, update) : said(chat, update)));
        }
        return true;
    }

    private List<TelegramCall> said(TelegramChat chat, TelegramUpdate update) {
        String text = update.text().strip();
        if (text.equals("/start") || text.equals("/menu")) {
            return List.of(menus.root(chat.chatId(), chat.lang()));
        }
        int max = nura.maxMessageChars();
        if (text.codePointCount(0, text.length()) > max) {
            return List.of(TelegramCall.send(chat.chatId(), TelegramText.escape(
                    String.format(Phrases.of(Phrases.Key.TOO_LONG, chat.lang()), max)), List.of()));
        }
        chat.lang(LanguageGuesser.supportedGuess(text, chat.lang()));
        Reply reply = conversations.handle(new Inbound(chat.sessionId(), chat.sessionToken(), chat.customerId(),
                CHANNEL, text, null));
        chat.session(reply.sessionId(), reply.sessionToken());
        if ("agent".equals(reply.source())) {
            return List.of(); // a person holds the session: the message went to them, they answer
        }
        // a handoff the answer started is announced by its status event (TelegramRelay), after this answer
        return Screens.answer(chat.chatId(), reply.response(), reply.source(), reply.confidence(),
                !reply.escalated(), chat.lang());
    }

    private List<TelegramCall> pressed(TelegramChat chat, TelegramUpdate update) {
        List<TelegramCall> calls = new ArrayList<>();
        calls.add(TelegramCall.answerCallback(update.callbackId()));
        String data = update.callbackData();
        if (data.startsWith(Screens.TOPIC)) {
            calls.addAll(menus.open(chat, data.substring(Screens.TOPIC.length()), update.messageId()));
        } else if (data.equals(Screens.PERSON) && policy.allows(HandoffPolicy.DIRECT_BUTTON)) {
            // (with the button switched off, Handoffs.direct would refuse and roll the whole update back)
            DirectResult result = handoffs.direct(new DirectHandoff(chat.sessionId(), chat.sessionToken(),
                    chat.customerId(), CHANNEL, null));
            chat.session(result.sessionId(), result.sessionToken());
        } else if (data.startsWith(Screens.RATING) && stars(data) > 0) {
            chats.rate(chat, stars(data));
            calls.add(TelegramCall.send(chat.chatId(), TelegramText.escape(Phrases.of(Phrases.Key.RATED,
                    chat.lang())), List.of()));
        }
        return calls;
    }

    private static int stars(String data) {
        String value = data.substring(Screens.RATING.length());
        return value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5' ? value.charAt(0) - '0' : 0;
    }
}
