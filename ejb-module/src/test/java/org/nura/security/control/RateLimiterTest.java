package org.nura.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nura.platform.control.MapConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;

/** The limiter on the machine's Redis (as every node shares it) and, with Redis unreachable, on its own. */
class RateLimiterTest {

    private RedisClient client;

    private RateLimiter limiter(String redisHost, int port) {
        RateLimiter limiter = new RateLimiter();
        limiter.config = MapConfig.of(Map.of("REDIS_KEY_PREFIX", "nura-unit-" + UUID.randomUUID()));
        client = RedisClient.builder().hostAndPort(new HostAndPort(redisHost, port)).build();
        limiter.redis = client;
        return limiter;
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void theSixthHitInAWindowIsRefusedWithTheTimeLeft() {
        assertLimits(limiter("localhost", Integer.getInteger("nura.test.redis.port", 6379)));
    }

    @Test
    void withoutRedisTheNodeCountsLocally() {
        assertLimits(limiter("localhost", 1)); // nothing listens on port 1
    }

    @Test
    void aResetForgetsTheHitsAndOtherKeysAreApart() {
        RateLimiter limiter = limiter("localhost", 1);
        for (int i = 0; i < 5; i++) {
            limiter.hit("login", "ip|ali", 5, Duration.ofMinutes(5));
        }
        assertTrue(limiter.hit("login", "other-ip|ali", 5, Duration.ofMinutes(5)).isEmpty(), "another IP");
        limiter.reset("login", "ip|ali");
        assertTrue(limiter.hit("login", "ip|ali", 5, Duration.ofMinutes(5)).isEmpty(), "after reset");
    }

    @Test
    void aLocalWindowEndsOnTime() {
        RateLimiter limiter = limiter("localhost", 1);
        assertEquals(1, limiter.local("k", Duration.ofSeconds(10), 0)[0]);
        assertEquals(2, limiter.local("k", Duration.ofSeconds(10), 9_999)[0]);
        assertEquals(1, limiter.local("k", Duration.ofSeconds(10), 10_000)[0]);
    }

    private static void assertLimits(RateLimiter limiter) {
        String key = "10.0.0.1|ali";
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.hit("login", key, 5, Duration.ofMinutes(5)).isEmpty(), "hit " + (i + 1));
        }
        Optional<Duration> retry = limiter.hit("login", key, 5, Duration.ofMinutes(5));
        assertTrue(retry.isPresent(), "the sixth is over the limit");
        assertTrue(retry.get().compareTo(Duration.ofMinutes(5)) <= 0 && retry.get().toSeconds() >= 290, retry.get().toString());
    }
}
