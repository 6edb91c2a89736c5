package org.nura.channels.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import org.nura.channels.entity.TelegramChat;
import org.nura.handoff.control.LiveEvent;
import org.nura.platform.control.JsonSupport;
import org.nura.sessions.entity.Session;

/**
 * What the handoff side says to a Telegram customer: it observes the handoff's live events inside the transaction
 * that records them (an accept, an agent's reply from the console or the API, a resolve) and enqueues the matching
 * send job there, so the chat hears of exactly what committed. Sessions that are not Telegram chats are skipped;
 * events the chat's own update caused (a handoff it asked for) travel with that update's answer (ChatInFlight).
 */
@ApplicationScoped
public class TelegramRelay {

    @Inject
    TelegramConfig config;

    @Inject
    TelegramChats chats;

    @Inject
    TelegramOutbox outbox;

    @Inject
    ChatInFlight inFlight;

    void onLiveEvent(@Observes LiveEvent event) {
        if (!event.forCustomer() || !config.enabled()) {
            return;
        }
        TelegramChat handled = inFlight.chat();
        if (handled != null && inFlight.offer(event.sessionId(), calls(handled, event))) {
            return; // the chat's own update caused it: it leaves with that update's answer
        }
        chats.bySession(event.sessionId()).ifPresent(chat -> outbox.send(chat.chatId(), calls(chat, event)));
    }

    static List<TelegramCall> calls(TelegramChat chat, LiveEvent event) {
        JsonObject payload;
        try (var reader = JsonSupport.reader(event.payload())) {
            payload = reader.readObject();
        }
        String lang = chat.lang();
        if ("agent_message".equals(event.type())) {
            return Screens.text(chat.chatId(), payload.getString("agent_name", null), payload.getString("text", ""));
        }
        if (!"status".equals(event.type())) {
            return List.of();
        }
        return switch (payload.getString("handoff_status", "")) {
            case Session.PENDING_HANDOFF -> Screens.text(chat.chatId(), null, Phrases.of(Phrases.Key.WAITING, lang));
            case Session.HUMAN_ACTIVE -> Screens.text(chat.chatId(), null, String.format(
                    Phrases.of(Phrases.Key.JOINED, lang), payload.getString("agent_name", "")));
            case Session.RESOLVED -> List.of(Screens.ratingPrompt(chat.chatId(), lang));
            default -> List.of();
        };
    }
}
