package org.nura.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A button click or other telemetry event from the widget. */
@Entity
@Table(name = "widget_events")
public class WidgetEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id")
    private String sessionId;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    private String label;
    private String meta;

    @Column(name = "topic_id")
    private String topicId;

    @Column(name = "article_id")
    private Integer articleId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected WidgetEvent() {
    }

    public WidgetEvent(String sessionId, String customerId, String eventType, String label, String meta,
            String topicId, Integer articleId) {
        if (eventType == null || eventType.isBlank() || eventType.length() > 64) {
            throw new IllegalArgumentException("a widget event has a type of at most 64 characters");
        }
        this.sessionId = sessionId;
        this.customerId = customerId;
        this.eventType = eventType;
        this.label = label;
        this.meta = meta;
        this.topicId = topicId;
        this.articleId = articleId;
        this.createdAt = OffsetDateTime.now();
    }
}
