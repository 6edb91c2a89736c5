package org.nura.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One row of {@code audit_log}: who did what to which thing. */
@Entity
@Table(name = "audit_log")
@NamedQuery(name = "AuditEntry.recent", query = "SELECT a FROM AuditEntry a ORDER BY a.id DESC")
@NamedQuery(name = "AuditEntry.recentOfAction",
        query = "SELECT a FROM AuditEntry a WHERE a.action = :action ORDER BY a.id DESC")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    private String target;

    private String detail;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, String action, String target, String detail) {
        this.actor = SecurityLogEntry.clip(actor == null ? "unknown" : actor, 128);
        this.action = SecurityLogEntry.clip(action, 64);
        this.target = SecurityLogEntry.clip(target, 256);
        this.detail = detail;
        this.createdAt = OffsetDateTime.now();
    }

    public Long id() {
        return id;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
