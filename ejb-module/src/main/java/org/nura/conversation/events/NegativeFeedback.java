package org.nura.conversation.events;

/** A customer's thumbs down on one answer of a session. */
public record NegativeFeedback(String sessionId, String messageId, String comment) {
}
