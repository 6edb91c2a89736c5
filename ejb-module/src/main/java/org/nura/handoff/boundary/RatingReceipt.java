package org.nura.handoff.boundary;

/** The answer to an end-of-chat rating: stored, for which session, with how many stars. */
public record RatingReceipt(boolean ok, String sessionId, int rating) {
}
