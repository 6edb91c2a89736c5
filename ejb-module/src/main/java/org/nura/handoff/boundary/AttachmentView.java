package org.nura.handoff.boundary;

import java.time.OffsetDateTime;

/**
 * An attachment as clients see it: {@code url} is a signed download link minted for this answer (it expires, ask
 * again for a fresh one); {@code by} is customer or agent; {@code inline} says whether it is an image to show.
 */
public record AttachmentView(String id, String sessionId, String messageId, String name, String type, long size,
        String url, String by, String agentName, boolean inline, OffsetDateTime createdAt) {
}
