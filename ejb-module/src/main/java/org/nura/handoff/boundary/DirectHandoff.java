package org.nura.handoff.boundary;

/** The widget's "talk to a human" button; without a session id a new session is created for the customer. */
public record DirectHandoff(String sessionId, String sessionToken, String customerId, String channel, String reason) {
}
