package org.nura.security.boundary;

import java.time.OffsetDateTime;

/** A successful sign-in: the bearer token, when it expires and who it belongs to. */
public record LoginResult(String token, OffsetDateTime expiresAt, UserView user) {
}
