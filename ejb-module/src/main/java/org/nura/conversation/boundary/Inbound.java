package org.nura.conversation.boundary;

/** A customer message as it arrives from a channel; every field but {@code message} may be null. */
public record Inbound(String sessionId, String sessionToken, String customerId, String channel, String message,
        String lang) {
}
