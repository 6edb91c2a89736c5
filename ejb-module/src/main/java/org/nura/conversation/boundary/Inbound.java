package org.nura.conversation.boundary;

/**
 * A customer message as it arrives from a channel; every field but {@code message} may be null. {@code
 * identityVerified}: the channel proved the customer id (widget identity verification), so a new session is marked.
 * {@code lang} forces the answer's language; {@code langHint} (the widget's interface language) is only what a
 * message too short to tell is answered in.
 */
public record Inbound(String sessionId, String sessionToken, String customerId, String channel, String message,
        String lang, boolean identityVerified, String langHint) {

    /** A message whose customer id nobody vouched for. */
    public Inbound(String sessionId, String sessionToken, String customerId, String channel, String message,
            String lang) {
        this(sessionId, sessionToken, customerId, channel, message, lang, false, null);
    }
}
