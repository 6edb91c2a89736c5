package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.nura.handoff.entity.SessionOutcome;

/**
 * The end-of-chat ratings of both channels (table {@code ratings}): each belongs to the handoff it closed and to the
 * agent who held that handoff, at most one per handoff. The widget's API and Telegram's buttons both write here.
 */
@ApplicationScoped
public class RatingBook {

    public static final int MAX_COMMENT = 1000;

    /**
     * The agent is read from the outcome row in the same statement (the one who accepted it, else who resolved it);
     * a second rating of the same handoff meets the partial unique index and is dropped rather than failing the
     * transaction, so a double click or a re-delivered Telegram button cannot turn into an error.
     */
    private static final String INSERT = "INSERT INTO ratings (session_id, outcome_id, channel, customer_id,"
            + " agent_id, agent_name, rating, comment) SELECT CAST(?1 AS VARCHAR), o.id, CAST(?2 AS VARCHAR),"
            + " CAST(?3 AS VARCHAR), coalesce(o.agent_id, o.resolved_by), coalesce(o.agent_name, o.resolved_by_name),"
            + " CAST(?4 AS SMALLINT), CAST(?5 AS VARCHAR) FROM (SELECT CAST(?6 AS BIGINT) AS wanted) w"
            + " LEFT JOIN session_outcomes o ON o.id = w.wanted"
            + " ON CONFLICT (outcome_id) WHERE outcome_id IS NOT NULL DO NOTHING";

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    HandoffLifecycle lifecycle;

    /** The handoff a rating given now closes: the session's latest handoff, once an agent has resolved it. */
    public Optional<SessionOutcome> resolvedHandoff(String sessionId) {
        return sessionId == null ? Optional.empty()
                : lifecycle.latestOutcome(sessionId).filter(o -> !o.open());
    }

    /** Whether the handoff already has its rating. */
    public boolean rated(SessionOutcome handoff) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM ratings WHERE outcome_id = ?1")
                .setParameter(1, handoff.id()).getSingleResult()).longValue() > 0;
    }

    /**
     * Stores a 1–5 rating of {@code handoff} (null: a rating that names no handoff); false when that handoff was
     * already rated. Callers check the values; the table's CHECK is the last line.
     */
    public boolean record(String sessionId, SessionOutcome handoff, String channel, String customerId, int rating,
            String comment) {
        return em.createNativeQuery(INSERT).setParameter(1, sessionId).setParameter(2, channel)
                .setParameter(3, customerId).setParameter(4, rating).setParameter(5, comment)
                .setParameter(6, handoff == null ? null : handoff.id()).executeUpdate() == 1;
    }

    /** A comment as stored: stripped, null when blank; null too when too long (the caller refuses it first). */
    public static String comment(String text) {
        String c = text == null ? "" : text.strip();
        return c.isEmpty() || c.codePointCount(0, c.length()) > MAX_COMMENT ? null : c;
    }

    /** Whether a comment fits (absent or blank fits). */
    public static boolean commentFits(String text) {
        return text == null || text.strip().codePointCount(0, text.strip().length()) <= MAX_COMMENT;
    }
}
