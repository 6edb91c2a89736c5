package org.nura.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.nura.platform.control.NuraConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Fixed-window counters shared by all nodes through Redis ({@code <prefix>:rate:<bucket>:<key>}); a node that cannot
 * reach Redis counts on its own until Redis is back, so limits hold (per node) during an outage.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());
    /** INCR and the expiry in one step: a counter can never be left without one. */
    private static final String COUNT = "local n = redis.call('INCR', KEYS[1]) "
            + "if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end "
            + "return {n, redis.call('PTTL', KEYS[1])}";
    private static final int LOCAL_SWEEP_SIZE = 10_000;

    @Inject
    RedisClient redis;

    @Inject
    NuraConfig config;

    private final Map<String, Window> local = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();

    /** A local window: how many hits, and when it ends (epoch millis). */
    record Window(long count, long endsAt) {
    }

    /** Counts one hit; when it is over {@code limit} in the window, how long until the caller may try again. */
    public Optional<Duration> hit(String bucket, String key, int limit, Duration window) {
        String name = config.redisKeyPrefix() + ":rate:" + bucket + ":" + key;
        long[] counted;
        try {
            counted = remote(name, window);
            recovered();
        } catch (JedisException e) {
            failed(e);
            counted = local(name, window, System.currentTimeMillis());
        }
        return counted[0] > limit ? Optional.of(Duration.ofMillis(Math.max(1000, counted[1]))) : Optional.empty();
    }

    /** Forgets a key's hits (a successful sign-in clears its failures). */
    public void reset(String bucket, String key) {
        String name = config.redisKeyPrefix() + ":rate:" + bucket + ":" + key;
        local.remove(name);
        try {
            redis.del(name);
        } catch (JedisException e) {
            failed(e);
        }
    }

    private long[] remote(String name, Duration window) {
        List<?> answer = (List<?>) redis.eval(COUNT, List.of(name), List.of(String.valueOf(window.toMillis())));
        long ttl = ((Number) answer.get(1)).longValue();
        return new long[] {((Number) answer.get(0)).longValue(), ttl < 0 ? window.toMillis() : ttl};
    }

    long[] local(String name, Duration window, long now) {
        if (local.size() > LOCAL_SWEEP_SIZE) {
            local.values().removeIf(w -> w.endsAt() <= now);
        }
        Window w = local.compute(name, (k, old) -> old == null || old.endsAt() <= now
                ? new Window(1, now + window.toMillis()) : new Window(old.count() + 1, old.endsAt()));
        return new long[] {w.count(), w.endsAt() - now};
    }

    private void failed(JedisException e) {
        if (down.compareAndSet(false, true)) {
            LOG.warning(() -> "Redis unavailable, rate limits counted on this node only until it is back: " + e);
        }
    }

    private void recovered() {
        if (down.compareAndSet(true, false)) {
            LOG.info("Redis is back; rate limits shared again");
        }
    }
}
