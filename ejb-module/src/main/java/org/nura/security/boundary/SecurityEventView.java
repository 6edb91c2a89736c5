package org.nura.security.boundary;

import java.time.OffsetDateTime;
import org.nura.security.entity.SecurityLogEntry;

/** One security log row as administrators read it. */
public record SecurityEventView(long id, String kind, String username, String ip, String userAgent, String requestId,
        String detail, OffsetDateTime createdAt) {

    static SecurityEventView of(SecurityLogEntry e) {
        return new SecurityEventView(e.id(), e.eventType(), e.username(), e.ip(), e.userAgent(), e.requestId(),
                e.detail(), e.createdAt());
    }
}
