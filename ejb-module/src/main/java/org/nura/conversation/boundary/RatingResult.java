package org.nura.conversation.boundary;

/**
 * The rating was stored. {@code escalated} is always false since a rating no longer hands over by itself (the
 * customer's yes to "would you like a person?" does, through POST /v1/handoff/direct); kept for older clients.
 */
public record RatingResult(boolean ok, boolean escalated) {
}
