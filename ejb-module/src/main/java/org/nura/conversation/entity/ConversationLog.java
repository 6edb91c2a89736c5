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
import java.util.UUID;
import org.nura.sessions.entity.Session;

/** One message of a conversation, the customer's or an answer, with how the answer was produced. */
@Entity
@Table(name = "conversation_logs")
@NamedQuery(name = "ConversationLog.findByMessageId",
        query = "SELECT c FROM ConversationLog c WHERE c.messageId = :messageId")
@NamedQuery(name = "ConversationLog.latestOfSession",
        query = "SELECT c FROM ConversationLog c WHERE c.sessionId = :session ORDER BY c.createdAt DESC, c.id DESC")
public class ConversationLog {

    public static final Set<String> ROLES = Set.of("customer", "assistant", "agent", "system");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, unique = true)
    private String messageId;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(name = "customer_id")
    private String customerId;

    @Column(nullable = false)
    private String channel;

    @Column(nullable = false)
    private String role;

    @Column(name = "customer_message")
    private String customerMessage;

    private String response;
    private String lang;
    private String source;
    private Double confidence;
    private String intent;

    @Column(name = "article_id")
    private Integer articleId;

    private String citations;
    private boolean escalated;

    @Column(name = "latency_ms")
    private Integer latencyMs;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ConversationLog() {
    }

    private ConversationLog(Session session, String role, String lang) {
        this(session, newMessageId(), role, lang);
    }

    private ConversationLog(Session session, String messageId, String role, String lang) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + role);
        }
        this.messageId = messageId;
        this.sessionId = session.sessionId();
        this.customerId = session.customerId();
        this.channel = session.channel();
        this.role = role;
        this.lang = lang;
        this.createdAt = OffsetDateTime.now();
    }

    /** A fresh message id, for a row whose id must be known before it is written. */
    public static String newMessageId() {
        return UUID.randomUUID().toString();
    }

    public static ConversationLog customer(Session session, String text, String lang) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a customer message has text");
        }
        ConversationLog log = new ConversationLog(session, "customer", lang);
        log.customerMessage = text;
        return log;
    }

    /** The answer to {@code question}; the customer's text is repeated so that one row reads as a whole exchange. */
    public static ConversationLog answer(Session session, String messageId, String question, AnswerRecord answer,
            String lang) {
        ConversationLog log = new ConversationLog(session, messageId, "assistant", lang);
        log.customerMessage = question;
        log.response = answer.response();
        log.source = answer.source();
        log.confidence = answer.confidence();
        log.intent = answer.intent();
        log.articleId = answer.articleId();
        log.citations = answer.citationsJson();
        log.escalated = answer.escalated();
        log.latencyMs = answer.latencyMs();
        return log;
    }

    /** A human agent's reply in a live chat; who sent it is in chat_turns.sender, this table has no such column. */
    public static ConversationLog agent(Session session, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an agent reply has text");
        }
        ConversationLog log = new ConversationLog(session, "agent", session.lang());
        log.response = text;
        log.source = "agent";
        return log;
    }

    /** What an answer row stores; kept apart from the pipeline's own types so the entity depends on nothing. */
    public record AnswerRecord(String response, String source, double confidence, String intent, Integer articleId,
            String citationsJson, boolean escalated, int latencyMs) {
    }

    public String messageId() {
        return messageId;
    }

    public String sessionId() {
        return sessionId;
    }

    public String role() {
        return role;
    }

    public String customerMessage() {
        return customerMessage;
    }

    public String response() {
        return response;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
