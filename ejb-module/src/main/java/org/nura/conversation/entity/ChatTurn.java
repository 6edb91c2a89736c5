package org.nura.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A turn of a live human conversation: what the customer wrote to the agent, or the agent's reply. */
@Entity
@Table(name = "chat_turns")
public class ChatTurn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(nullable = false)
    private String role;

    private String sender;

    @Column(name = "sender_name")
    private String senderName;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ChatTurn() {
    }

    public ChatTurn(String sessionId, String role, String sender, String text) {
        this(sessionId, role, sender, null, text);
    }

    /** A turn whose sender has a name to show (an agent: user id and display name). */
    public ChatTurn(String sessionId, String role, String sender, String senderName, String text) {
        if (sessionId == null || role == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a chat turn needs a session, a role and text");
        }
        this.sessionId = sessionId;
        this.role = role;
        this.sender = sender;
        this.senderName = senderName;
        this.text = text;
        this.createdAt = OffsetDateTime.now();
    }

    public Long id() {
        return id;
    }
}
