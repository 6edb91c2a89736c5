package org.nura.channels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A Telegram chat and the NURA session it continues (with that session's token, which continuing needs). */
@Entity
@Table(name = "telegram_chats")
@NamedQuery(name = "TelegramChat.bySession", query = "SELECT c FROM TelegramChat c WHERE c.sessionId = :session")
public class TelegramChat {

    @Id
    @Column(name = "chat_id")
    private long chatId;

    @Column(name = "customer_id", nullable = false)
    private String customerId;

    @Column(name = "session_id")
    private String sessionId;

    @Column(name = "session_token")
    private String sessionToken;

    @Column(nullable = false)
    private String lang;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected TelegramChat() {
    }

    public TelegramChat(long chatId, String customerId, String lang) {
        this.chatId = chatId;
        this.customerId = customerId;
        this.lang = lang;
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
    }

    /** The session the pipeline opened or continued for this chat. */
    public void session(String sessionId, String sessionToken) {
        this.sessionId = sessionId;
        this.sessionToken = sessionToken;
        this.updatedAt = OffsetDateTime.now();
    }

    public void lang(String lang) {
        this.lang = lang;
        this.updatedAt = OffsetDateTime.now();
    }

    public long chatId() {
        return chatId;
    }

    public String customerId() {
        return customerId;
    }

    public String sessionId() {
        return sessionId;
    }

    public String sessionToken() {
        return sessionToken;
    }

    public String lang() {
        return lang;
    }
}
