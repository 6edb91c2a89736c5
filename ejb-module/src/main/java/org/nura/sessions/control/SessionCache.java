package org.nura.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.nura.platform.control.NuraConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The live session state in Redis. Redis is a cache here: when it fails, every method degrades to "not cached"
 * and the pipeline works from PostgreSQL alone; the outage is logged once, not on every request.
 */
@ApplicationScoped
public class SessionCache {

    private static final Logger LOG = Logger.getLogger(SessionCache.class.getName());

    @Inject
    RedisClient redis;

    @Inject
    NuraConfig config;

    private final AtomicBoolean down = new AtomicBoolean();

    public Optional<SessionSnapshot> get(String sessionId) {
        try {
            String json = redis.get(key(sessionId));
            recovered();
            return Optional.ofNullable(json).map(SessionSnapshot::fromJson);
        } catch (JedisException e) {
            failed(e);
            return Optional.empty();
        }
    }

    public void put(SessionSnapshot snapshot) {
        long ttl = (snapshot.heldByHuman() ? config.handoffSessionTtl() : config.sessionTtl()).toSeconds();
        try {
            redis.setex(key(snapshot.sessionId()), ttl, snapshot.toJson());
            recovered();
        } catch (JedisException e) {
            failed(e);
        }
    }

    /** {@code <REDIS_KEY_PREFIX>:session:<id>} */
    String key(String sessionId) {
        return config.redisKeyPrefix() + ":session:" + sessionId;
    }

    public void evict(String sessionId) {
        try {
            redis.del(key(sessionId));
            recovered();
        } catch (JedisException e) {
            failed(e);
        }
    }

    /** Only committed state reaches Redis: a rolled-back turn must not show up in the cache. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionChanged change) {
        put(SessionSnapshot.of(change.session()));
    }

    private void failed(JedisException e) {
        if (down.compareAndSet(false, true)) {
            LOG.warning(() -> "Redis unavailable, sessions served from PostgreSQL until it is back: " + e);
        }
    }

    private void recovered() {
        if (down.compareAndSet(true, false)) {
            LOG.info("Redis is back; session cache in use again");
        }
    }
}
