package org.nura.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** What the dashboard shows as it is now rather than summed: the latest conversations and the longest wait. */
@ApplicationScoped
public class LiveFigures {

    /** A session as the dashboard lists it. */
    public record Conversation(String sessionId, String customerId, String channel, String lang, String status,
            OffsetDateTime createdAt, OffsetDateTime lastMessageAt) {
    }

    /** The handoff waiting longest for an agent, and for how many seconds so far. */
    public record Waiting(String sessionId, String channel, String reason, OffsetDateTime requestedAt,
            double waitingSeconds) {
    }

    static final int LATEST = 10;

    @Inject
    FactStore store;

    /** The newest sessions that began in the period. */
    public List<Conversation> latest(Period period) {
        return store.rows("SELECT session_id, customer_id, channel, lang, status, created_at, last_message_at"
                + " FROM sessions WHERE created_at >= ? AND created_at < ? ORDER BY created_at DESC, session_id"
                + " LIMIT " + LATEST, List.of(period.start().atOffset(ZoneOffset.UTC),
                        period.end().atOffset(ZoneOffset.UTC))).stream()
                .map(r -> new Conversation(r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), time(r.get(5)),
                        time(r.get(6)))).toList();
    }

    /** The oldest handoff still pending, whatever the period (it is waiting now). */
    public Optional<Waiting> oldestWaiting() {
        return store.rows("SELECT session_id, channel, handoff_reason, requested_at,"
                + " extract(epoch FROM now() - requested_at) FROM sessions WHERE status = 'pending_handoff'"
                + " AND requested_at IS NOT NULL ORDER BY requested_at LIMIT 1", List.of()).stream().findFirst()
                .map(r -> new Waiting(r.text(0), r.text(1), r.text(2), time(r.get(3)), Math.max(0, r.number(4))));
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
