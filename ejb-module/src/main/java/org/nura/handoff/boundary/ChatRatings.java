package org.nura.handoff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.nura.handoff.control.RatingBook;
import org.nura.handoff.entity.SessionOutcome;
import org.nura.platform.control.NuraException;
import org.nura.sessions.control.SessionStore;
import org.nura.sessions.entity.Session;

/**
 * The customer's 1–5 rating of a chat an agent resolved, with an optional comment: once per handoff, stored in the
 * ratings table both channels share (the dashboard's satisfaction and the agents report read it).
 */
@Stateless
public class ChatRatings {

    @Inject
    SessionStore sessions;

    @Inject
    RatingBook book;

    /** Every check before the write: 400 for bad values, 401 for a wrong token, 409 before resolve or when rated. */
    public RatingReceipt rate(String sessionId, String token, Integer rating, String comment) {
        if (rating == null || rating < 1 || rating > 5) {
            throw NuraException.invalid("invalid_rating", "rating must be a whole number from 1 to 5");
        }
        if (!RatingBook.commentFits(comment)) {
            throw NuraException.invalid("invalid_comment", "comment must be at most " + RatingBook.MAX_COMMENT
                    + " characters");
        }
        // locked: two ratings sent at once are checked one after the other
        Session session = sessions.authenticate(sessionId, token);
        SessionOutcome handoff = book.resolvedHandoff(sessionId).orElseThrow(() -> NuraException.conflict(
                "not_resolved", "Session " + sessionId + " has no chat an agent resolved (it is "
                        + session.status() + "); a rating is given after the agent resolves the chat"));
        if (book.rated(handoff) || !book.record(sessionId, handoff, session.channel(), session.customerId(), rating,
                RatingBook.comment(comment))) {
            throw NuraException.conflict("already_rated", "This chat was already rated");
        }
        return new RatingReceipt(true, sessionId, rating);
    }
}
