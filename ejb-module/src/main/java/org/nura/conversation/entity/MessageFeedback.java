package org.nura.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;

/** A customer's thumbs up or down on one answer; rating the same answer again changes this row. */
@Entity
@Table(name = "message_feedback")
@NamedQuery(name = "MessageFeedback.findByMessageId",
        query = "SELECT f FROM MessageFeedback f WHERE f.messageId = :messageId")
public class MessageFeedback {

    public static final Set<String> RATINGS = Set.of("up", "down");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(name = "message_id", nullable = false, unique = true)
    private String messageId;

    @Column(nullable = false)
    private String rating;

    private String comment;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected MessageFeedback() {
    }

    public MessageFeedback(String sessionId, String messageId, String rating, String comment) {
        if (sessionId == null || messageId == null) {
            throw new IllegalArgumentException("feedback belongs to a message of a session");
        }
        this.sessionId = sessionId;
        this.messageId = messageId;
        this.createdAt = OffsetDateTime.now();
        change(rating, comment);
    }

    public final void change(String rating, String comment) {
        if (!RATINGS.contains(rating)) {
            throw new IllegalArgumentException("a rating is up or down");
        }
        this.rating = rating;
        this.comment = comment;
        this.updatedAt = OffsetDateTime.now();
    }

    public String rating() {
        return rating;
    }
}
