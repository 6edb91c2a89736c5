package org.nura.channels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The 1–5 rating a Telegram customer gave at the end of a conversation (the original asked and forgot it). */
@Entity
@Table(name = "telegram_ratings")
public class TelegramRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "chat_id", nullable = false)
    private long chatId;

    @Column(name = "customer_id", nullable = false)
    private String customerId;

    @Column(name = "session_id")
    private String sessionId;

    @Column(nullable = false)
    private short rating;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected TelegramRating() {
    }

    public TelegramRating(TelegramChat chat, int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5");
        }
        this.chatId = chat.chatId();
        this.customerId = chat.customerId();
        this.sessionId = chat.sessionId();
        this.rating = (short) rating;
        this.createdAt = OffsetDateTime.now();
    }

    public int rating() {
        return rating;
    }
}
