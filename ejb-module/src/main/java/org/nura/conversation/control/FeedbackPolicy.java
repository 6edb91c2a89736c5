package org.nura.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * SEAM for the handoff developer: decides whether a thumbs down hands the customer to a human (trigger
 * "bad_feedback"). It runs inside the rating's transaction; returning true is reported to the widget as
 * {@code escalated}. Until the handoff policy exists, a thumbs down only gets recorded.
 */
@ApplicationScoped
public class FeedbackPolicy {

    public boolean escalate(NegativeFeedback feedback) {
        return false;
    }
}
