package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With Redis stopped, NURA says it is degraded (not down) and recovers by itself when Redis is back. */
@ExtendWith(NuraServer.class)
class RedisOutageIT {

    @AfterEach
    void redisBack() throws Exception {
        NuraServer.startRedis();
    }

    @Test
    void redisDownIsDegradedNotDown() throws Exception {
        NuraServer.stopRedis();
        Api.Reply reply = Api.get("/v1/health");
        assertEquals(200, reply.status(), "degraded still serves");
        JsonObject body = reply.json();
        assertEquals("degraded", body.getString("status"));
        assertEquals("down", body.getJsonObject("checks").getJsonObject("redis").getString("status"));
        assertEquals("ok", body.getJsonObject("checks").getJsonObject("database").getString("status"));

        NuraServer.startRedis();
        assertTrue(Eventually.within(Duration.ofSeconds(15),
                () -> "ok".equals(Api.get("/v1/health").json().getString("status"))), "recovers when Redis is back");
    }
}
