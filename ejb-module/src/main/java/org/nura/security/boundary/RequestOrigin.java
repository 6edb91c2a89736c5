package org.nura.security.boundary;

/** Who is asking, as far as the web layer can tell: the client's address, its user agent and the request id. */
public record RequestOrigin(String ip, String userAgent, String requestId) {
}
