package org.nura.channels.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.nura.channels.entity.TelegramChat;
import org.nura.handoff.control.RatingBook;
import org.nura.knowledge.control.Languages;

/** The chats NURA talks to, the updates it has handled, and the ratings chats gave. */
@ApplicationScoped
public class TelegramChats {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    RatingBook ratings;

    /**
     * Records an update id; false when it was already handled. The insert waits for a concurrent insert of the same
     * id to commit or roll back, so two deliveries of one update are never both handled.
     */
    public boolean firstTime(long updateId) {
        return em.createNativeQuery("INSERT INTO telegram_updates (update_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, updateId).executeUpdate() == 1;
    }

    /** The chat's row, locked for this update; created on the chat's first update. */
    public TelegramChat chat(long chatId, String telegramLanguage) {
        em.createNativeQuery("INSERT INTO telegram_chats (chat_id, customer_id, lang) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT DO NOTHING").setParameter(1, chatId)
                .setParameter(2, TelegramUpdate.customerId(chatId))
                .setParameter(3, firstLanguage(telegramLanguage)).executeUpdate();
        return em.find(TelegramChat.class, chatId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The Telegram chat a session belongs to, if it is a Telegram session. */
    public Optional<TelegramChat> bySession(String sessionId) {
        return em.createNamedQuery("TelegramChat.bySession", TelegramChat.class).setParameter("session", sessionId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The chat's end-of-chat rating, in the table the widget's ratings share (issue 20), for the handoff its session
     * last resolved; a second press for the same handoff is dropped (the customer still gets the thanks).
     */
    public void rate(TelegramChat chat, int stars) {
        String session = chat.sessionId();
        ratings.record(session, ratings.resolvedHandoff(session).orElse(null), "telegram", chat.customerId(), stars,
                null);
    }

    /** Telegram's language_code ("en", "ar", "ckb", "en-US") when NURA speaks it, else Arabic. */
    static String firstLanguage(String code) {
        if (code == null) {
            return Languages.ARABIC;
        }
        String base = code.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
        return Languages.supported(base) ? base : Languages.ARABIC;
    }
}
