package org.nura.admin.handoff;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nura.handoff.boundary.LiveFeeds;
import org.nura.handoff.boundary.LiveUpdate;

/**
 * Feeds the console's Faces websockets from the handoff live events of this node (its own and, through the Redis
 * relay, the other nodes'). The queue channel tells every open queue that something changed (ids and kinds only, no
 * customer text); the chat channel carries the message itself, only to the users who opened that session's chat.
 */
@ApplicationScoped
public class HandoffPush {

    static final String QUEUE = "handoffQueue";
    static final String CHAT = "handoffChat";
    private static final Logger LOG = Logger.getLogger(HandoffPush.class.getName());

    @Inject
    LiveFeeds feeds;

    @Inject
    @Push(channel = QUEUE)
    PushContext queue;

    @Inject
    @Push(channel = CHAT)
    PushContext chat;

    /** Session id → user ids with that chat open (or opened it earlier in their console session). */
    private final Map<String, Set<String>> watchers = new ConcurrentHashMap<>();
    private Runnable stopListening;

    /** Started by the first console page that needs it, not at deployment (the Faces push endpoint must be up). */
    synchronized void ensureListening() {
        if (stopListening == null) {
            stopListening = feeds.listen(this::push);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (stopListening != null) {
            stopListening.run();
        }
    }

    /** The user {@code userId} has the chat of {@code sessionId} open and should get its messages live. */
    void watch(String sessionId, String userId) {
        watchers.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(userId);
    }

    /** On the committing thread: two small asynchronous websocket sends, nothing that waits. */
    void push(LiveUpdate update) {
        try {
            if (!"typing".equals(update.type())) { // typing concerns the open chat only, not every queue
                queue.send(Map.of("kind", kind(update), "session", update.sessionId()));
            }
            Set<String> users = watchers.get(update.sessionId());
            if (users != null && !users.isEmpty()) {
                chat.send(chatMessage(update), Set.copyOf(users));
            }
            if ("resolved".equals(update.handoffStatus())) {
                watchers.remove(update.sessionId()); // a resolved chat has nothing more to say live
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "console push failed", e);
        }
    }

    /** new (a customer asks for a human), message (a customer wrote), or change (accepted, replied, resolved). */
    static String kind(LiveUpdate update) {
        if ("status".equals(update.type()) && "pending_handoff".equals(update.handoffStatus())) {
            return "new";
        }
        return "customer_message".equals(update.type()) ? "message" : "change";
    }

    static Map<String, Object> chatMessage(LiveUpdate update) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session", update.sessionId());
        m.put("type", update.type());
        put(m, "id", update.messageId());
        put(m, "text", update.text());
        put(m, "status", update.handoffStatus());
        put(m, "agentName", update.agentName());
        put(m, "at", update.createdAt());
        return m;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
