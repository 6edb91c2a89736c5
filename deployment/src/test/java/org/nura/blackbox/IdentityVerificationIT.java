package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Widget identity verification in each mode: the test server starts with WIDGET_IDENTITY_SECRET and
 * IDENTITY_VERIFICATION=optional; the other modes are set at run time as a system property, as an operator would.
 * The hash is computed here the way the README tells a website's server to.
 */
@ExtendWith(NuraServer.class)
class IdentityVerificationIT {

    @BeforeAll
    static void shortConfigCache() throws Exception {
        ServerAdmin.configCache(1);
    }

    @AfterAll
    static void backToOptional() throws Exception {
        mode(null);
        ServerAdmin.configCache(60);
    }

    @Test
    void optionalAcceptsNoHashMarksAValidOneAndRefusesAWrongOne() throws Exception {
        String plain = "idv-plain-" + UUID.randomUUID();
        Api.Reply unverified = message(plain, null);
        assertEquals(200, unverified.status(), unverified.body());
        assertEquals("false", verified(unverified));

        String signed = "idv-signed-" + UUID.randomUUID();
        Api.Reply ok = message(signed, hmac(signed));
        assertEquals(200, ok.status(), ok.body());
        assertEquals("true", verified(ok));
        Api.Reply upperCase = message(signed, hmac(signed).toUpperCase());
        assertEquals(200, upperCase.status(), "hex in capitals is the same hash");

        long sessionsBefore = NuraServer.queryLong("SELECT count(*) FROM sessions");
        Api.Reply wrong = message(signed, hmac(signed + "x"));
        assertEquals(401, wrong.status());
        assertEquals("identity_not_verified", wrong.json().getJsonObject("error").getString("code"));
        assertEquals(sessionsBefore, NuraServer.queryLong("SELECT count(*) FROM sessions"), "nothing stored");
        Api.Reply direct = Api.post("/v1/handoff/direct", body(signed, hmac("someone-else")).add("reason", "x")
                .build().toString());
        assertEquals(401, direct.status(), "the direct button checks the proof too");
    }

    @Test
    void agentsSeeWhetherAHandedOverCustomerWasVerified() throws Exception {
        String signed = "idv-queue-" + UUID.randomUUID();
        Api.Reply handed = Api.post("/v1/handoff/direct", body(signed, hmac(signed)).add("reason", "test")
                .build().toString());
        assertEquals(200, handed.status(), handed.body());
        Customer unproved = Desk.pendingCustomer("idv-queue-plain-" + UUID.randomUUID());
        JsonArray queue = Json.createReader(new StringReader(Api.get("/v1/handoff/queue", Api.bearer()).body()))
                .readArray();
        assertTrue(queueEntry(queue, handed.json().getString("session_id")).getBoolean("identity_verified"));
        assertFalse(queueEntry(queue, unproved.sessionId()).getBoolean("identity_verified"));
    }

    private static JsonObject queueEntry(JsonArray queue, String sessionId) {
        return queue.getValuesAs(JsonObject.class).stream().filter(e -> sessionId.equals(e.getString("session_id")))
                .findFirst().orElseThrow(() -> new AssertionError(sessionId + " not in the queue: " + queue));
    }

    @Test
    void requiredRefusesANewSessionWithoutProofAndOffIgnoresEveryHash() throws Exception {
        mode("required");
        String customer = "idv-required-" + UUID.randomUUID();
        assertTrue(Eventually.within(Duration.ofSeconds(150), () -> message(customer, null).status() == 401),
                "IDENTITY_VERIFICATION=required took effect");
        Api.Reply proved = message(customer, hmac(customer));
        assertEquals(200, proved.status(), proved.body());
        assertEquals("true", verified(proved));
        JsonObject next = body(customer, null).add("session_id", proved.json().getString("session_id"))
                .add("session_token", proved.json().getString("session_token")).build();
        assertEquals(200, Api.post("/v1/message", next.toString()).status(), "a proved session goes on by its token");

        mode("off");
        assertTrue(Eventually.within(Duration.ofSeconds(150), () -> message(customer, "0bad").status() == 200),
                "IDENTITY_VERIFICATION=off took effect");
        Api.Reply ignored = message(customer, hmac(customer));
        assertEquals(200, ignored.status());
        assertEquals("false", verified(ignored), "with verification off nothing is marked verified");
        assertEquals(200, message(customer, null).status(), "and no hash is needed");
    }

    /** The README's recipe: hex HMAC-SHA256 of the customer id, keyed with WIDGET_IDENTITY_SECRET. */
    static String hmac(String customerId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(NuraServer.IDENTITY_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(customerId.getBytes(StandardCharsets.UTF_8)));
    }

    private static Api.Reply message(String customerId, String hash) {
        return Api.post("/v1/message", body(customerId, hash).build().toString());
    }

    private static JsonObjectBuilder body(String customerId, String hash) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("customer_id", customerId).add("channel", "web")
                .add("message", "hello");
        return hash == null ? body : body.add("customer_hash", hash);
    }

    private static String verified(Api.Reply reply) throws Exception {
        return Rows.text("SELECT identity_verified::text FROM sessions WHERE session_id = ?",
                reply.json().getString("session_id"));
    }

    private static void mode(String mode) throws Exception {
        if (mode == null) {
            try {
                ServerAdmin.systemProperty("IDENTITY_VERIFICATION", null);
            } catch (IllegalStateException e) {
                // never set: the server runs on its environment's optional anyway
            }
        } else {
            ServerAdmin.systemProperty("IDENTITY_VERIFICATION", mode);
        }
    }
}
