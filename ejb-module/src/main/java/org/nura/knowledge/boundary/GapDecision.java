package org.nura.knowledge.boundary;

import java.time.OffsetDateTime;

/** What a supervisor decided about a knowledge gap: dismissed, or turned into an example or an article (target). */
public record GapDecision(String normalized, String status, String target, String decidedBy,
        OffsetDateTime decidedAt) {
}
