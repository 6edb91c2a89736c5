package org.nura.conversation.boundary;

/** A customer's rating of one answer: {@code rating} is "up" or "down". */
public record Rating(String sessionId, String sessionToken, String messageId, String rating, String comment) {
}
