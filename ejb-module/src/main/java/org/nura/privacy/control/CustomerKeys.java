package org.nura.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.nura.platform.control.NuraConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The Redis keys of this installation that name one of a customer's sessions (the session copy, per-session
 * counters, whatever a component adds later): found by one SCAN over {@code <prefix>:*} and deleted.
 */
@ApplicationScoped
public class CustomerKeys {

    private static final Logger LOG = Logger.getLogger(CustomerKeys.class.getName());

    @Inject
    RedisClient redis;

    @Inject
    NuraConfig config;

    /** Deletes the keys naming any of the sessions and returns how many; -1 when Redis cannot be reached. */
    public long forget(List<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return 0;
        }
        try {
            List<String> doomed = new ArrayList<>();
            ScanParams params = new ScanParams().match(config.redisKeyPrefix() + ":*").count(1000);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = redis.scan(cursor, params);
                page.getResult().stream().filter(k -> sessionIds.stream().anyMatch(k::contains)).forEach(doomed::add);
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
            return doomed.isEmpty() ? 0 : redis.del(doomed.toArray(String[]::new));
        } catch (JedisException e) {
            // the session copies expire by themselves (SESSION_TTL_SECONDS); the rows are gone already
            LOG.warning(() -> "Redis unavailable while erasing a customer; their cached keys expire on their own: " + e);
            return -1;
        }
    }
}
