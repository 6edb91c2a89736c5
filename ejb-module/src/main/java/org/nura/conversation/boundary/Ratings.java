package org.nura.conversation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nura.conversation.control.InboundChecks;
import org.nura.conversation.entity.ConversationLog;
import org.nura.conversation.entity.MessageFeedback;
import org.nura.platform.control.NuraException;
import org.nura.sessions.control.SessionStore;

/**
 * Thumbs up and down on answers; a second rating of the same answer replaces the first. A thumbs down only records
 * the rating: customers 👎 correct answers too, so the widget asks whether they want a person and hands over on
 * their yes (POST /v1/handoff/direct with reason "bad_feedback", the same trigger of the handoff policy).
 */
@Stateless
public class Ratings {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    SessionStore sessions;

    @Inject
    InboundChecks checks;

    public RatingResult rate(Rating in) {
        if (in.rating() == null || !MessageFeedback.RATINGS.contains(in.rating())) { // Set.of refuses contains(null)
            throw NuraException.invalid("invalid_rating", "rating must be \"up\" or \"down\"");
        }
        if (in.messageId() == null || in.messageId().isBlank()) {
            throw NuraException.invalid("missing_message_id", "message_id is required");
        }
        checks.text("comment", in.comment(), 2000);
        sessions.verify(in.sessionId(), in.sessionToken());
        ConversationLog answer = em.createNamedQuery("ConversationLog.findByMessageId", ConversationLog.class)
                .setParameter("messageId", in.messageId()).getResultStream()
                .filter(m -> m.sessionId().equals(in.sessionId()) && "assistant".equals(m.role()))
                .findFirst()
                .orElseThrow(() -> NuraException.notFound("message_not_found", "No answer " + in.messageId()
                        + " in this session"));
        store(in, answer);
        return new RatingResult(true, false);
    }

    private void store(Rating in, ConversationLog answer) {
        em.createNamedQuery("MessageFeedback.findByMessageId", MessageFeedback.class)
                .setParameter("messageId", answer.messageId()).getResultStream().findFirst()
                .ifPresentOrElse(f -> f.change(in.rating(), in.comment()),
                        () -> em.persist(new MessageFeedback(in.sessionId(), answer.messageId(), in.rating(),
                                in.comment())));
    }
}
