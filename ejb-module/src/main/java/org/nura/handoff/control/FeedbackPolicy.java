package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.nura.conversation.events.NegativeFeedback;
import org.nura.sessions.control.HandoffPolicy;
import org.nura.sessions.control.SessionStore;

/**
 * Decides whether a thumbs down hands the customer to a human (trigger "bad_feedback"). It observes the rating's
 * event inside the rating's transaction, so the handoff commits or rolls back with the rating.
 */
@ApplicationScoped
public class FeedbackPolicy {

    @Inject
    HandoffPolicy policy;

    @Inject
    HandoffLifecycle lifecycle;

    @Inject
    SessionStore sessions;

    void escalate(@Observes NegativeFeedback feedback) {
        if (policy.allows(HandoffPolicy.BAD_FEEDBACK)) {
            sessions.lock(feedback.sessionId()).filter(s -> !s.heldByHuman())
                    .ifPresent(s -> lifecycle.request(s, HandoffPolicy.BAD_FEEDBACK));
        }
    }
}
