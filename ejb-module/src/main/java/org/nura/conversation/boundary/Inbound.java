package org.nura.conversation.boundary;

/**
 * A customer message as it arrives from a channel; every field but {@code message} may be null. {@code
 * identityVerified}: the channel proved the customer id (widget identity verification), so a new session is marked.
 */
public record Inbound(String sessionId, String sessionToken, String customerId, String channel, String message,
        String lang, boolean identityVerified) {

    /** A message whose customer id nobody vouched for. */
    public Inbound(String sessionId, String sessionToken, String customerId, String channel, String message,
            String lang) {
        this(sessionId, sessionToken, customerId, channel, message, lang, false);
    }
}
