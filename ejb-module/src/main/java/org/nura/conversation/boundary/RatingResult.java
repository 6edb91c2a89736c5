package org.nura.conversation.boundary;

/** The rating was stored; {@code escalated} says whether it handed the customer to a human. */
public record RatingResult(boolean ok, boolean escalated) {
}
