package org.nura.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.nura.platform.control.NuraConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Fixed-window counters of what customers do, shared by all nodes in Redis ({@code <prefix>:limit:<kind>:<subject>:
 * <window>}); without Redis each node counts on its own, so a limit still holds per node.
 */
@ApplicationScoped
public class CustomerLimits {

    /** What is counted, and per what. */
    public enum Kind { NEW_SESSIONS_PER_IP, MESSAGES_PER_IP, MESSAGES_PER_SESSION, UPLOADS_PER_IP }

    /** The answer for one counted action: allowed, or refused with the seconds until the window ends. */
    public record Verdict(boolean allowed, long retryAfterSeconds, boolean firstRefusal) {
    }

    private static final Logger LOG = Logger.getLogger(CustomerLimits.class.getName());
    private static final int LOCAL_MAX_KEYS = 100_000;

    @Inject
    RedisClient redis;

    @Inject
    NuraConfig config;

    @Inject
    CustomerLimitSettings settings;

    private final Map<String, AtomicLong> local = new ConcurrentHashMap<>();
    private final AtomicBoolean redisDown = new AtomicBoolean();

    /** Counts one action of the subject (an address or a session id) and says whether it is within its limit. */
    public Verdict count(Kind kind, String subject) {
        int allowance = settings.allowance(kind);
        if (allowance == 0 || subject == null || subject.isBlank()) {
            return new Verdict(true, 0, false);
        }
        long window = settings.window().toSeconds();
        long now = Instant.now().getEpochSecond();
        long index = now / window;
        String key = config.redisKeyPrefix() + ":limit:" + kind.name().toLowerCase() + ":" + subject + ":" + index;
        long used = increment(key, window);
        long retryAfter = Math.max(1, (index + 1) * window - now);
        return used <= allowance ? new Verdict(true, 0, false) : new Verdict(false, retryAfter, used == allowance + 1);
    }

    private long increment(String key, long window) {
        try {
            long used = redis.incr(key);
            if (used == 1) {
                redis.expire(key, window * 2);
            }
            if (redisDown.compareAndSet(true, false)) {
                LOG.info("Redis is back; customer rate limits are shared by all nodes again");
            }
            return used;
        } catch (JedisException e) {
            if (redisDown.compareAndSet(false, true)) {
                LOG.warning(() -> "Redis unavailable, customer rate limits count on this node only: " + e);
            }
            if (local.size() > LOCAL_MAX_KEYS) {
                local.clear(); // old windows pile up only while Redis is away; forgetting them errs on the kind side
            }
            return local.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        }
    }
}
