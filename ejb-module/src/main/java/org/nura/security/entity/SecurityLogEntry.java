package org.nura.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One row of {@code security_logs}: a refusal or incident with where it came from. */
@Entity
@Table(name = "security_logs")
@NamedQuery(name = "SecurityLogEntry.recent", query = "SELECT e FROM SecurityLogEntry e ORDER BY e.id DESC")
@NamedQuery(name = "SecurityLogEntry.recentOfKind",
        query = "SELECT e FROM SecurityLogEntry e WHERE e.eventType = :kind ORDER BY e.id DESC")
public class SecurityLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    private String username;

    private String ip;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "request_id")
    private String requestId;

    private String detail;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SecurityLogEntry() {
    }

    public SecurityLogEntry(String eventType, String username, String ip, String userAgent, String requestId,
            String detail) {
        this.eventType = eventType;
        this.username = clip(username, 128);
        this.ip = clip(ip, 64);
        this.userAgent = clip(userAgent, 512);
        this.requestId = clip(requestId, 64);
        this.detail = detail;
        this.createdAt = OffsetDateTime.now();
    }

    /** Attackers choose these values: a long one is cut rather than failing the row. */
    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String eventType() {
        return eventType;
    }

    public String username() {
        return username;
    }

    public String ip() {
        return ip;
    }

    public String userAgent() {
        return userAgent;
    }

    public String requestId() {
        return requestId;
    }

    public String detail() {
        return detail;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
