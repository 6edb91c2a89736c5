package org.nura.sessions.control;

/** A session's durable copy changed in the current transaction; Redis is updated once it commits. */
public record SessionChanged(SessionSnapshot snapshot) {
}
