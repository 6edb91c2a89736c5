package org.nura.handoff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One handoff's outcome: why it started, who accepted it when, how it ended and how long each step took. */
@Entity
@Table(name = "session_outcomes")
@NamedQuery(name = "SessionOutcome.latestOfSession",
        query = "SELECT o FROM SessionOutcome o WHERE o.sessionId = :session ORDER BY o.id DESC")
public class SessionOutcome {

    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(nullable = false)
    private String status;

    @Column(name = "handoff_reason")
    private String handoffReason;

    @Column(name = "agent_id")
    private String agentId;

    @Column(name = "agent_name")
    private String agentName;

    @Column(name = "resolved_by_name")
    private String resolvedByName;

    @Column(name = "issue_category")
    private String issueCategory;

    @Column(name = "root_cause")
    private String rootCause;

    @Column(name = "resolution_notes")
    private String resolutionNotes;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "time_to_accept_seconds")
    private Double timeToAcceptSeconds;

    @Column(name = "time_to_resolution_seconds")
    private Double timeToResolutionSeconds;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected SessionOutcome() {
    }

    /** A handoff that just started and waits for an agent. */
    public SessionOutcome(String sessionId, String handoffReason, OffsetDateTime requestedAt) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.status = PENDING;
        this.handoffReason = handoffReason;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
    }

    public void accept(String agent, String name, OffsetDateTime at) {
        this.status = ACCEPTED;
        this.agentId = agent;
        this.agentName = name;
        this.acceptedAt = at;
        this.timeToAcceptSeconds = seconds(requestedAt, at);
        this.updatedAt = at;
    }

    /** The agent's account of how it ended; the time to resolution counts from the customer's request. */
    public void resolve(Resolution resolution, String resolverName, OffsetDateTime at) {
        this.resolvedByName = resolverName;
        this.status = resolution.status();
        this.issueCategory = resolution.issueCategory();
        this.rootCause = resolution.rootCause();
        this.resolutionNotes = resolution.resolutionNotes();
        this.resolvedBy = resolution.resolvedBy();
        this.resolvedAt = at;
        this.timeToResolutionSeconds = seconds(requestedAt, at);
        this.updatedAt = at;
    }

    /** What an agent records when closing a session; {@code resolvedBy} is the signed-in user's id. */
    public record Resolution(String status, String issueCategory, String rootCause, String resolutionNotes,
            String resolvedBy) {
    }

    /** Never negative: clocks of two nodes may disagree by a little, a duration may not. */
    private static double seconds(OffsetDateTime from, OffsetDateTime to) {
        return from == null ? 0 : Math.max(0, Duration.between(from, to).toNanos() / 1e9);
    }

    public boolean open() {
        return resolvedAt == null;
    }

    public Long id() {
        return id;
    }

    public String handoffReason() {
        return handoffReason;
    }

    public Double timeToResolutionSeconds() {
        return timeToResolutionSeconds;
    }
}
