package org.nura.handoff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;

/** A stored live event; its generated id is the SSE event id that reconnecting clients resume from. */
@Entity
@Table(name = "live_events")
@NamedQuery(name = "LiveEventRecord.sinceForSession", query = "SELECT e FROM LiveEventRecord e"
        + " WHERE e.sessionId = :session AND e.id > :after AND e.audience IN ('customer', 'both') ORDER BY e.id")
@NamedQuery(name = "LiveEventRecord.sinceForAgents", query = "SELECT e FROM LiveEventRecord e"
        + " WHERE e.id > :after AND e.audience IN ('agents', 'both') ORDER BY e.id")
public class LiveEventRecord {

    private static final Set<String> AUDIENCES = Set.of("customer", "agents", "both");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(nullable = false)
    private String audience;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(nullable = false)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected LiveEventRecord() {
    }

    public LiveEventRecord(String sessionId, String audience, String eventType, String payload) {
        if (sessionId == null || !AUDIENCES.contains(audience) || eventType == null || payload == null) {
            throw new IllegalArgumentException("a live event needs a session, an audience of " + AUDIENCES
                    + ", a type and a payload");
        }
        this.sessionId = sessionId;
        this.audience = audience;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = OffsetDateTime.now();
    }

    public Long id() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public String audience() {
        return audience;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
