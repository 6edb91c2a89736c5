package org.nura.handoff.boundary;

/**
 * The widget's "talk to a human" button; without a session id a new session is created for the customer, marked
 * verified when the channel proved the customer id.
 */
public record DirectHandoff(String sessionId, String sessionToken, String customerId, String channel, String reason,
        boolean identityVerified) {

    /** A button press whose customer id nobody vouched for. */
    public DirectHandoff(String sessionId, String sessionToken, String customerId, String channel, String reason) {
        this(sessionId, sessionToken, customerId, channel, reason, false);
    }
}
