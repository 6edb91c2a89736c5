package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nura.handoff.entity.LiveEventRecord;
import org.nura.platform.control.NuraConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The live event hub. An event is stored in the caller's transaction and leaves only after that transaction
 * commits: straight to this node's SSE connections, and through Redis pub/sub to the other nodes (each delivers to
 * its own connections), so a single node keeps working without Redis.
 */
@ApplicationScoped
public class LiveEvents {

    private static final Logger LOG = Logger.getLogger(LiveEvents.class.getName());

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    Event<LiveEvent> committed;

    @Inject
    RedisClient redis;

    @Inject
    NuraConfig config;

    private final List<Consumer<LiveEvent>> listeners = new CopyOnWriteArrayList<>();
    /** Tells this node's own messages on the channel apart from other nodes'. */
    private final String node = UUID.randomUUID().toString();

    /** Stores an event in the current transaction; it is published when (and if) the transaction commits. */
    public LiveEvent record(String sessionId, String audience, String type, JsonObject payload) {
        LiveEventRecord record = new LiveEventRecord(sessionId, audience, type, payload.toString());
        em.persist(record);
        em.flush(); // the generated id is the SSE id, needed before commit
        LiveEvent event = LiveEvent.of(record);
        committed.fire(event);
        return event;
    }

    /**
     * Sends a transient event (typing) at once, to this node's streams and through Redis to the other nodes', without
     * storing it: its id is 0, so streams send it without an SSE id and a reconnect never replays it.
     */
    public LiveEvent publishNow(String sessionId, String audience, String type, JsonObject payload) {
        LiveEvent event = new LiveEvent(0, sessionId, audience, type, payload.toString());
        publishAfterCommit(event);
        return event;
    }

    /**
     * This node's streams get the event at once, on the committing thread, without the round trip through Redis
     * and the relay thread (the latency customers and agents feel); other nodes get it through the channel.
     */
    void publishAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveEvent event) {
        deliver(event);
        try {
            redis.publish(channel(), event.toWire(node));
        } catch (JedisException e) {
            LOG.log(Level.FINE, "Redis unavailable, live event delivered on this node only", e);
        }
    }

    /** {@code <REDIS_KEY_PREFIX>:live-events}: the nodes of one installation, and only those, share it. */
    public String channel() {
        return config.redisKeyPrefix() + ":live-events";
    }

    /** A message from the channel: other nodes' events are delivered here, this node's own already were. */
    public void received(String wire) {
        if (!node.equals(LiveEvent.originOf(wire))) {
            deliver(LiveEvent.fromWire(wire));
        }
    }

    /** Hands an event to this node's listeners (the SSE connections). */
    public void deliver(LiveEvent event) {
        for (Consumer<LiveEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a live event listener failed", e);
            }
        }
    }

    /** Registers a listener; the returned action removes it. */
    public Runnable listen(Consumer<LiveEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** What a customer's stream missed after event {@code after}. */
    public List<LiveEvent> missedBySession(String sessionId, long after) {
        return em.createNamedQuery("LiveEventRecord.sinceForSession", LiveEventRecord.class)
                .setParameter("session", sessionId).setParameter("after", after).setMaxResults(500)
                .getResultStream().map(LiveEvent::of).toList();
    }

    /** What the agents' stream missed after event {@code after}. */
    public List<LiveEvent> missedByAgents(long after) {
        return em.createNamedQuery("LiveEventRecord.sinceForAgents", LiveEventRecord.class)
                .setParameter("after", after).setMaxResults(500)
                .getResultStream().map(LiveEvent::of).toList();
    }
}
