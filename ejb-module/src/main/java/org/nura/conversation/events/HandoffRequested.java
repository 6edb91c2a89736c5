package org.nura.conversation.events;

import java.time.OffsetDateTime;

/**
 * SEAM for the handoff component: fired inside the message's transaction when the pipeline moved a session to
 * pending_handoff (reason e.g. explicit_request). Queue entries, outcome rows, webhooks and live events hang here.
 */
public record HandoffRequested(String sessionId, String customerId, String channel, String reason, String lang,
        OffsetDateTime at) {
}
