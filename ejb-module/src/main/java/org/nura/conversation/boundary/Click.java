package org.nura.conversation.boundary;

/** A widget event: a tree click, an article view or any other telemetry the widget sends. */
public record Click(String sessionId, String customerId, String eventType, String label, String meta, String topicId,
        Integer articleId) {
}
