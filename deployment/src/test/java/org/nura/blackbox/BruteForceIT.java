package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing a password: after 5 attempts from one IP for one user name the 6th is 429 with Retry-After, every
 * attempt is in the security log, and the real user still signs in from another IP.
 */
@ExtendWith(NuraServer.class)
class BruteForceIT {

    private static final String ATTACKER = "127.0.0.1";
    private static final String OTHER = "127.0.0.2";

    @Test
    void theSixthGuessIsLimitedAndTheRightPasswordWorksFromElsewhere() throws Exception {
        Staff.create("bf-target", "agent");
        for (int i = 1; i <= 5; i++) {
            RawHttp.Answer guess = login(ATTACKER, "guess-number-" + i, "bf-guess-" + i);
            assertEquals(401, guess.status(), "guess " + i + ": " + guess.body());
        }
        RawHttp.Answer limited = login(ATTACKER, Staff.PASSWORD, "bf-limited");
        assertEquals(429, limited.status(), "even the right password waits: " + limited.body());
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 300, "Retry-After " + retryAfter);
        assertTrue(limited.body().contains("\"code\":\"too_many_attempts\"") && limited.body().contains("request_id"),
                limited.body());

        assertEquals(5, NuraServer.queryLong("SELECT count(*) FROM security_logs WHERE event_type = 'login_failed'"
                + " AND username = 'bf-target' AND ip = ? AND user_agent = 'bf-agent/1' AND request_id LIKE 'bf-guess-%'",
                ATTACKER));
        assertEquals(1, NuraServer.queryLong("SELECT count(*) FROM security_logs WHERE event_type ="
                + " 'login_rate_limited' AND username = 'bf-target' AND request_id = 'bf-limited'"));

        RawHttp.Answer elsewhere = login(OTHER, Staff.PASSWORD, "bf-elsewhere");
        assertEquals(200, elsewhere.status(), "the user from another IP: " + elsewhere.body());
        assertEquals(429, login(ATTACKER, Staff.PASSWORD, "bf-still").status(), "the attacker's IP still waits");
        assertEquals(401, login(ATTACKER, "a-guess", "bf-other-name", "bf-someone-else").status(),
                "another user name from that IP is counted apart");
    }

    private static RawHttp.Answer login(String from, String password, String requestId) {
        return login(from, password, requestId, "bf-target");
    }

    private static RawHttp.Answer login(String from, String password, String requestId, String username) {
        String json = Json.createObjectBuilder().add("username", username).add("password", password).build()
                .toString();
        RawHttp.Answer answer = RawHttp.postJsonFrom(from, "/v1/auth/login", json, "User-Agent: bf-agent/1",
                "X-Request-ID: " + requestId);
        assertNotNull(answer);
        return answer;
    }
}
