package org.nura.admin.handoff;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * When the agent last looked at each chat, for the unread counts on the queue. Kept in memory for this console
 * session on purpose: a new sign-in counts from the accept again, which errs towards showing a message as unread.
 */
@SessionScoped
public class ChatReads implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, OffsetDateTime> seen = new HashMap<>();

    public synchronized void seen(String sessionId) {
        seen.put(sessionId, OffsetDateTime.now());
    }

    public synchronized Map<String, OffsetDateTime> snapshot() {
        return Map.copyOf(seen);
    }
}
