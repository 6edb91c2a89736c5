package org.nura.analytics.control;

/**
 * One handoff's outcome row as the reports see it: why it started, the session's channel, how it ended, who held
 * it, and the stored seconds from the customer's request to the accept and to the resolution (null while open).
 */
public record Handoff(String reason, String channel, String status, String category, String rootCause,
        String agentId, String agentName, boolean accepted, boolean resolved, Double secondsToAccept,
        Double secondsToResolve) {

    /** A handoff proper: a row written when a session went to the humans, not an outcome of a bot-only session. */
    public boolean requested() {
        return reason != null;
    }
}
