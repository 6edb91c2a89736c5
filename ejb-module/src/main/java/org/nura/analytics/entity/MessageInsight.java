package org.nura.analytics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** How one customer message was read: intent, sentiment, confidence bucket and whether it shows a knowledge gap. */
@Entity
@Table(name = "message_insights")
@NamedQuery(name = "MessageInsight.countByMessageId",
        query = "SELECT COUNT(i) FROM MessageInsight i WHERE i.messageId = :messageId")
public class MessageInsight {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, unique = true)
    private String messageId;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    private String intent;

    private String sentiment;

    @Column(name = "sentiment_score")
    private Double sentimentScore;

    private Double confidence;

    @Column(name = "confidence_bucket")
    private String confidenceBucket;

    @Column(name = "knowledge_gap", nullable = false)
    private boolean knowledgeGap;

    @Column(nullable = false)
    private String classifier;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected MessageInsight() {
    }

    public MessageInsight(String messageId, String sessionId, InsightReading reading) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.intent = reading.intent();
        this.sentiment = reading.sentiment();
        this.sentimentScore = reading.sentimentScore();
        this.confidence = reading.confidence();
        this.confidenceBucket = reading.confidenceBucket();
        this.knowledgeGap = reading.knowledgeGap();
        this.classifier = reading.classifier();
        this.createdAt = OffsetDateTime.now();
    }

    public String messageId() {
        return messageId;
    }

    public String classifier() {
        return classifier;
    }
}
