package org.nura.security.events;

/**
 * A refusal or incident that administrators must be able to review (failed login, rate limit hit, role denial,
 * token refusal, identity-verification failure); the security component stores each in {@code security_logs}.
 */
public record SecurityIncident(String kind, String username, String ip, String userAgent, String requestId,
        String detail) {
}
