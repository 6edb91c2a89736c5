package org.nura.conversation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nura.conversation.control.FeedbackPolicy;
import org.nura.conversation.control.InboundChecks;
import org.nura.conversation.control.NegativeFeedback;
import org.nura.conversation.control.SessionStore;
import org.nura.conversation.control.SessionTokens;
import org.nura.conversation.entity.ConversationLog;
import org.nura.conversation.entity.MessageFeedback;
import org.nura.platform.control.NuraException;

/** Thumbs up and down on answers; a second rating of the same answer replaces the first. */
@Stateless
public class Ratings {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    SessionStore sessions;

    @Inject
    SessionTokens tokens;

    @Inject
    InboundChecks checks;

    @Inject
    FeedbackPolicy policy;

    public RatingResult rate(Rating in) {
        if (!MessageFeedback.RATINGS.contains(in.rating())) {
            throw NuraException.invalid("invalid_rating", "rating must be \"up\" or \"down\"");
        }
        if (in.messageId() == null || in.messageId().isBlank()) {
            throw NuraException.invalid("missing_message_id", "message_id is required");
        }
        checks.text("comment", in.comment(), 2000);
        authenticate(in.sessionId(), in.sessionToken());
        ConversationLog answer = em.createNamedQuery("ConversationLog.findByMessageId", ConversationLog.class)
                .setParameter("messageId", in.messageId()).getResultStream()
                .filter(m -> m.sessionId().equals(in.sessionId()) && "assistant".equals(m.role()))
                .findFirst()
                .orElseThrow(() -> NuraException.notFound("message_not_found", "No answer " + in.messageId()
                        + " in this session"));
        store(in, answer);
        boolean escalated = "down".equals(in.rating())
                && policy.escalate(new NegativeFeedback(in.sessionId(), answer.messageId(), in.comment()));
        return new RatingResult(true, escalated);
    }

    private void authenticate(String sessionId, String token) {
        if (sessionId == null || sessionId.isBlank()) {
            throw NuraException.unauthorized("invalid_session", "Unknown session or wrong token");
        }
        var snapshot = sessions.open(sessionId)
                .orElseThrow(() -> NuraException.unauthorized("invalid_session", "Unknown session or wrong token"));
        if (!tokens.matches(token, snapshot.tokenHash())) {
            throw NuraException.unauthorized("invalid_session", "Unknown session or wrong token");
        }
    }

    private void store(Rating in, ConversationLog answer) {
        em.createNamedQuery("MessageFeedback.findByMessageId", MessageFeedback.class)
                .setParameter("messageId", answer.messageId()).getResultStream().findFirst()
                .ifPresentOrElse(f -> f.change(in.rating(), in.comment()),
                        () -> em.persist(new MessageFeedback(in.sessionId(), answer.messageId(), in.rating(),
                                in.comment())));
    }
}
