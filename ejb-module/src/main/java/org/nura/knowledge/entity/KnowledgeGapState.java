package org.nura.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A supervisor's decision on one knowledge gap, keyed by the gap report's normalized question: dismissed, or turned
 * into an example phrasing of an intent or into an article ({@code target} names which).
 */
@Entity
@Table(name = "knowledge_gap_states")
@NamedQuery(name = "KnowledgeGapState.findAll", query = "SELECT g FROM KnowledgeGapState g")
public class KnowledgeGapState {

    public static final String DISMISSED = "dismissed";
    public static final String EXAMPLE = "example";
    public static final String ARTICLE = "article";
    static final Set<String> STATUSES = Set.of(DISMISSED, EXAMPLE, ARTICLE);

    @Id
    private String normalized;

    @Column(nullable = false)
    private String status;

    private String target;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private OffsetDateTime decidedAt;

    protected KnowledgeGapState() {
    }

    public KnowledgeGapState(String normalized, String status, String target, String decidedBy) {
        if (normalized == null || normalized.isBlank()) {
            throw new IllegalArgumentException("a gap is named by its normalized question");
        }
        this.normalized = normalized;
        decide(status, target, decidedBy);
    }

    /** A later decision replaces the earlier one (a dismissed gap may still become an article). */
    public final void decide(String newStatus, String newTarget, String by) {
        if (!STATUSES.contains(newStatus)) {
            throw new IllegalArgumentException("a gap's status is one of " + STATUSES);
        }
        this.status = newStatus;
        this.target = newTarget;
        this.decidedBy = by;
        this.decidedAt = OffsetDateTime.now();
    }

    public String normalized() {
        return normalized;
    }

    public String status() {
        return status;
    }

    public String target() {
        return target;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }
}
