package org.nura.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * The durable copy of a customer's session: who, which channel, who holds it (the bot or a human) and the last
 * turns as JSON. Redis caches it; this row is written on every change so a Redis loss loses nothing.
 */
@Entity
@Table(name = "sessions")
@NamedQuery(name = "Session.findPendingHandoffs", query = "SELECT s FROM Session s"
        + " WHERE s.status IN ('pending_handoff', 'human_active') ORDER BY s.requestedAt, s.sessionId")
@NamedQuery(name = "Session.countPendingHandoffs", query = "SELECT COUNT(s) FROM Session s"
        + " WHERE s.status IN ('pending_handoff', 'human_active')")
public class Session {

    public static final String BOT = "bot";
    public static final String PENDING_HANDOFF = "pending_handoff";
    public static final String HUMAN_ACTIVE = "human_active";
    public static final String RESOLVED = "resolved";
    public static final Set<String> STATUSES = Set.of(BOT, PENDING_HANDOFF, HUMAN_ACTIVE, RESOLVED);
    public static final Set<String> CHANNELS = Set.of("web", "telegram");

    @Id
    @Column(name = "session_id")
    private String sessionId;

    @Column(name = "session_token_hash", nullable = false)
    private String sessionTokenHash;

    @Column(name = "customer_id")
    private String customerId;

    @Column(nullable = false)
    private String channel;

    private String lang;

    @Column(nullable = false)
    private String status;

    @Column(name = "handoff_reason")
    private String handoffReason;

    @Column(name = "assigned_agent")
    private String assignedAgent;

    @Column(name = "assigned_agent_name")
    private String assignedAgentName;

    @Column(name = "low_confidence_streak", nullable = false)
    private int lowConfidenceStreak;

    @Column(nullable = false)
    private String history;

    @Column(nullable = false)
    private String metadata;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "last_message_at")
    private OffsetDateTime lastMessageAt;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    protected Session() {
    }

    public Session(String sessionId, String sessionTokenHash, String customerId, String channel) {
        if (sessionId == null || sessionId.isBlank() || sessionId.length() > 64) {
            throw new IllegalArgumentException("a session needs an id of at most 64 characters");
        }
        if (sessionTokenHash == null || sessionTokenHash.length() != 64) {
            throw new IllegalArgumentException("a session needs the SHA-256 hash of its token");
        }
        if (!CHANNELS.contains(channel)) {
            throw new IllegalArgumentException("unknown channel " + channel);
        }
        this.sessionId = sessionId;
        this.sessionTokenHash = sessionTokenHash;
        this.customerId = customerId;
        this.channel = channel;
        this.status = BOT;
        this.history = "[]";
        this.metadata = "{}";
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
    }

    /** Takes over the state a turn produced; the history is the already trimmed JSON array of recent turns. */
    public void update(String lang, String history, int lowConfidenceStreak, OffsetDateTime at) {
        this.lang = lang;
        this.history = Objects.requireNonNull(history, "history");
        this.lowConfidenceStreak = Math.max(0, lowConfidenceStreak);
        this.lastMessageAt = at;
        this.updatedAt = at;
    }

    /** The customer is waiting for a human; only a bot session can start waiting. */
    public void requestHandoff(String reason, OffsetDateTime at) {
        if (!BOT.equals(status) && !RESOLVED.equals(status)) {
            throw new IllegalStateException("session " + sessionId + " is already " + status);
        }
        this.status = PENDING_HANDOFF;
        this.handoffReason = Objects.requireNonNull(reason, "reason");
        this.requestedAt = at;
        this.updatedAt = at;
        // a resolved session handed over again starts a new handoff: nobody holds it yet
        this.assignedAgent = null;
        this.assignedAgentName = null;
        this.acceptedAt = null;
        this.resolvedAt = null;
    }

    /**
     * An agent takes the waiting customer. The caller holds the row lock, so of two agents accepting at once the
     * second sees the session already active and is refused.
     */
    public void accept(String agent, String agentName, OffsetDateTime at) {
        if (!PENDING_HANDOFF.equals(status)) {
            throw new IllegalStateException("session " + sessionId + " is " + status + ", not waiting for an agent");
        }
        this.status = HUMAN_ACTIVE;
        this.acceptedAt = at;
        assign(agent, agentName, at);
    }

    /** A supervisor hands a waiting or held session to an agent (themselves included: a take-over). */
    public void transfer(String agent, String agentName, OffsetDateTime at) {
        if (!heldByHuman()) {
            throw new IllegalStateException("session " + sessionId + " is " + status + ", not with the humans");
        }
        if (PENDING_HANDOFF.equals(status)) {
            this.status = HUMAN_ACTIVE;
            this.acceptedAt = at;
        }
        assign(agent, agentName, at);
    }

    private void assign(String agent, String agentName, OffsetDateTime at) {
        this.assignedAgent = Objects.requireNonNull(agent, "agent");
        this.assignedAgentName = agentName;
        this.updatedAt = at;
    }

    /** Whether this agent (a user id) holds the session. */
    public boolean heldBy(String agent) {
        return HUMAN_ACTIVE.equals(status) && agent != null && agent.equals(assignedAgent);
    }

    /** The agent closed the session; the customer talks to the bot again from now on. */
    public void resolve(OffsetDateTime at) {
        if (RESOLVED.equals(status)) {
            throw new IllegalStateException("session " + sessionId + " is already resolved");
        }
        this.status = RESOLVED;
        this.resolvedAt = at;
        this.updatedAt = at;
    }

    public boolean heldByHuman() {
        return PENDING_HANDOFF.equals(status) || HUMAN_ACTIVE.equals(status);
    }

    public String sessionId() {
        return sessionId;
    }

    public String sessionTokenHash() {
        return sessionTokenHash;
    }

    public String customerId() {
        return customerId;
    }

    public String channel() {
        return channel;
    }

    public String lang() {
        return lang;
    }

    public String status() {
        return status;
    }

    public String handoffReason() {
        return handoffReason;
    }

    public String assignedAgent() {
        return assignedAgent;
    }

    public String assignedAgentName() {
        return assignedAgentName;
    }

    public int lowConfidenceStreak() {
        return lowConfidenceStreak;
    }

    public String history() {
        return history;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime acceptedAt() {
        return acceptedAt;
    }

    public OffsetDateTime resolvedAt() {
        return resolvedAt;
    }
}
