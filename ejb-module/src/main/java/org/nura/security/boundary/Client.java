package org.nura.security.boundary;

/** Where a request came from, for rate limits and the security log. */
public record Client(String ip, String userAgent, String requestId) {
}
