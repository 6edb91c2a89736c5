package org.nura.security.boundary;

import java.time.OffsetDateTime;
import org.nura.security.entity.AuditEntry;

/** One audit row as administrators read it. */
public record AuditView(long id, String actor, String action, String target, String detail, OffsetDateTime createdAt) {

    static AuditView of(AuditEntry a) {
        return new AuditView(a.id(), a.actor(), a.action(), a.target(), a.detail(), a.createdAt());
    }
}
