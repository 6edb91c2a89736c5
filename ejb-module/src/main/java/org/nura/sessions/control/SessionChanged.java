package org.nura.sessions.control;

import org.nura.sessions.entity.Session;

/**
 * A session's durable copy changed in the current transaction; Redis is updated once it commits, with the row as the
 * commit left it (its state then, and the version the commit gave it).
 */
public record SessionChanged(Session session) {
}
