package org.nura.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nura.conversation.entity.Session;
import org.nura.handoff.control.HandoffLifecycle;
import org.nura.handoff.control.HandoffPolicy;

/**
 * Decides whether a thumbs down hands the customer to a human (trigger "bad_feedback"). It runs inside the rating's
 * transaction; returning true is reported to the widget as {@code escalated}.
 */
@ApplicationScoped
public class FeedbackPolicy {

    @Inject
    HandoffPolicy policy;

    @Inject
    HandoffLifecycle lifecycle;

    @Inject
    SessionStore sessions;

    public boolean escalate(NegativeFeedback feedback) {
        if (!policy.allows(HandoffPolicy.BAD_FEEDBACK)) {
            return false;
        }
        Session session = sessions.lock(feedback.sessionId()).orElse(null);
        if (session == null) {
            return false;
        }
        if (!session.heldByHuman()) {
            lifecycle.request(session, HandoffPolicy.BAD_FEEDBACK);
        }
        return true; // already with a human counts as escalated: the widget shows the same banner
    }
}
