package org.nura.conversation.control;

/** A customer's thumbs down on one answer of a session. */
public record NegativeFeedback(String sessionId, String messageId, String comment) {
}
