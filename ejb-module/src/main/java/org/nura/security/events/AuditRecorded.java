package org.nura.security.events;

/**
 * Someone changed something an administrator must be able to trace (users, roles, settings, the AI switch,
 * knowledge, canned replies, a re-driven job, an erased or exported customer); stored in {@code audit_log}.
 */
public record AuditRecorded(String actor, String action, String target, String detail) {
}
