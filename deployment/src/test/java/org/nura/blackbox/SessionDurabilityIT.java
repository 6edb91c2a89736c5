package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;

/** Sessions live in Redis but survive it: the durable row is written every turn and restores a lost cache. */
@ExtendWith(NuraServer.class)
class SessionDurabilityIT {

    @AfterEach
    void redisBack() throws Exception {
        NuraServer.startRedis();
    }

    @Test
    void theDurableCopyIsWrittenOnEveryTurn() throws Exception {
        Customer customer = new Customer("cust-durable");
        String[] messages = {"مرحبا", "Înternetê min hêdî ye", "thank you"};
        for (int turn = 1; turn <= messages.length; turn++) {
            customer.say(messages[turn - 1]);
            JsonArray history = storedHistory(customer.sessionId());
            assertEquals(2 * turn, history.size(), "customer and assistant turn of turn " + turn);
            assertEquals(messages[turn - 1], history.getJsonObject(history.size() - 2).getString("text"));
        }
    }

    @Test
    void everyKeyTheServerWritesCarriesTheInstallationsPrefix() throws Exception {
        Customer customer = new Customer("cust-prefix");
        customer.say("hello");
        try (Jedis redis = redis()) {
            var keys = redis.keys("*");
            assertTrue(keys.contains(key(customer.sessionId())), keys.toString());
            assertTrue(keys.stream().allMatch(k -> k.startsWith(NuraServer.REDIS_KEY_PREFIX + ":")),
                    "installations sharing a Redis stay apart: " + keys);
            // after a Redis restart (another test) the relay resubscribes within its back-off of at most 5 s
            assertTrue(Eventually.within(java.time.Duration.ofSeconds(15), () -> java.util.List.of(
                    NuraServer.REDIS_KEY_PREFIX + ":live-events").equals(redis.pubsubChannels())),
                    "the live-event relay listens on the installation's channel only: " + redis.pubsubChannels());
        }
    }

    @Test
    void afterFlushAllTheNextMessageRestoresTheSessionFromPostgres() throws Exception {
        Customer customer = new Customer("cust-flush");
        customer.say("hello");
        customer.say("what is VoLTE?");
        try (Jedis redis = redis()) {
            assertNotNull(redis.get(key(customer.sessionId())), "cached while live");
            redis.flushAll();
        }
        customer.say("thanks");
        try (Jedis redis = redis()) {
            String cached = redis.get(key(customer.sessionId()));
            assertNotNull(cached, "written back to Redis");
            JsonArray history = parse(cached).getJsonArray("history");
            assertEquals(6, history.size(), "the restored history plus the new turn");
            assertEquals("hello", history.getJsonObject(0).getString("text"));
            assertTrue(redis.ttl(key(customer.sessionId())) > 0, "with a TTL");
        }
        assertEquals(6, storedHistory(customer.sessionId()).size());
    }

    @Test
    void withRedisStoppedMessagesAreAnsweredAndNothingIsLost() throws Exception {
        Customer customer = new Customer("cust-outage");
        customer.say("hello");
        NuraServer.stopRedis();
        customer.say("Înternetê min hêdî ye");
        Customer newcomer = new Customer("cust-outage-new");
        newcomer.say("مرحبا");
        assertEquals(4, Rows.ofSession("conversation_logs", customer.sessionId()), "both turns logged");
        assertEquals(2, Rows.ofSession("conversation_logs", newcomer.sessionId()), "a session can even start");

        NuraServer.startRedis();
        customer.say("thanks");
        assertEquals(6, storedHistory(customer.sessionId()).size(), "no turn lost across the outage");
        try (Jedis redis = redis()) {
            assertNull(redis.get(key(newcomer.sessionId())), "the new Redis knows nothing until the session speaks");
            assertEquals(6, parse(redis.get(key(customer.sessionId()))).getJsonArray("history").size());
        }
    }

    private static JsonArray storedHistory(String sessionId) throws Exception {
        String history = Rows.text("SELECT history FROM sessions WHERE session_id = ?", sessionId);
        try (JsonReader reader = Json.createReader(new StringReader(history))) {
            return reader.readArray();
        }
    }

    private static jakarta.json.JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String key(String sessionId) {
        return NuraServer.REDIS_KEY_PREFIX + ":session:" + sessionId;
    }

    private static Jedis redis() {
        URI uri = URI.create(NuraServer.redisUrl());
        return new Jedis(uri.getHost(), uri.getPort());
    }
}
