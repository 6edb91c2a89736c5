package org.nura.handoff.boundary;

/** The answer to the direct button: the session (new or existing) and whether it now waits for a human. */
public record DirectResult(boolean ok, boolean escalated, String sessionId, String sessionToken,
        String handoffStatus) {
}
