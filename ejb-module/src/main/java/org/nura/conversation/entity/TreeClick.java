package org.nura.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A step through the guided topic tree or an article opened from it. */
@Entity
@Table(name = "tree_clicks")
public class TreeClick {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id")
    private String sessionId;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "topic_id", nullable = false)
    private String topicId;

    private String label;

    @Column(name = "article_id")
    private Integer articleId;

    private String lang;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected TreeClick() {
    }

    public TreeClick(String sessionId, String customerId, String topicId, String label, Integer articleId, String lang) {
        if (topicId == null || topicId.isBlank()) {
            throw new IllegalArgumentException("a tree click names its topic");
        }
        this.sessionId = sessionId;
        this.customerId = customerId;
        this.topicId = topicId;
        this.label = label;
        this.articleId = articleId;
        this.lang = lang;
        this.createdAt = OffsetDateTime.now();
    }
}
