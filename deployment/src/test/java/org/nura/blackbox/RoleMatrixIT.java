package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every agent and admin endpoint against every role: no token is 401, a role below the endpoint's is 403, a role at
 * or above it gets past the check (whatever the endpoint then says about the made-up ids and bodies used here).
 */
@ExtendWith(NuraServer.class)
class RoleMatrixIT {

    /** One endpoint, the weakest role that may call it, and whether calling it for real is harmless here. */
    record Endpoint(String method, String path, String body, String role, boolean safeToCall) {

        @Override
        public String toString() {
            return method + " " + path + " (" + role + ")";
        }
    }

    private static final List<String> ROLES = List.of("agent", "supervisor", "admin");

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET", "/v1/handoff/queue", null, "agent", true),
                new Endpoint("POST", "/v1/handoff/matrix-none/accept", null, "agent", true),
                new Endpoint("POST", "/v1/handoff/matrix-none/reply", "{\"text\":\"hi\"}", "agent", true),
                new Endpoint("POST", "/v1/session/matrix-none/resolve", "{}", "agent", true),
                new Endpoint("GET", "/v1/handoff/canned-replies", null, "agent", true),
                new Endpoint("POST", "/v1/handoff/canned-replies", "{}", "supervisor", true),
                new Endpoint("PUT", "/v1/handoff/canned-replies/987654", "{}", "supervisor", true),
                new Endpoint("DELETE", "/v1/handoff/canned-replies/987654", null, "supervisor", true),
                new Endpoint("GET", "/v1/auth/me", null, "agent", true),
                new Endpoint("POST", "/v1/handoff/matrix-none/transfer", "{}", "supervisor", true),
                new Endpoint("GET", "/v1/knowledge/documents", null, "supervisor", true),
                new Endpoint("POST", "/v1/knowledge/documents", null, "supervisor", true),
                new Endpoint("POST", "/v1/knowledge/reindex", null, "supervisor", false),
                new Endpoint("POST", "/v1/admin/evaluation", null, "supervisor", true),
                new Endpoint("GET", "/v1/analytics/dashboard", null, "supervisor", true),
                new Endpoint("GET", "/v1/analytics/reports", null, "supervisor", true),
                new Endpoint("GET", "/v1/analytics/ratings", null, "supervisor", true),
                new Endpoint("POST", "/v1/analytics/refresh", null, "supervisor", true),
                new Endpoint("GET", "/v1/admin/ai", null, "admin", true),
                new Endpoint("PUT", "/v1/admin/ai", "{}", "admin", true),
                new Endpoint("GET", "/v1/jobs", null, "admin", true),
                new Endpoint("GET", "/v1/jobs/counts", null, "admin", true),
                new Endpoint("GET", "/v1/jobs/00000000-0000-0000-0000-000000000000", null, "admin", true),
                new Endpoint("POST", "/v1/jobs/00000000-0000-0000-0000-000000000000/redrive", "", "admin", true),
                new Endpoint("POST", "/v1/jobs/diagnostics", "{}", "admin", true),
                new Endpoint("GET", "/v1/metrics", null, "admin", true),
                new Endpoint("GET", "/v1/users", null, "admin", true),
                new Endpoint("POST", "/v1/users", "{}", "admin", true),
                new Endpoint("PATCH", "/v1/users/987654", "{}", "admin", true),
                new Endpoint("POST", "/v1/users/987654/password", "{}", "admin", true),
                new Endpoint("GET", "/v1/security/events", null, "admin", true),
                new Endpoint("GET", "/v1/audit", null, "admin", true));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void eachRoleGetsWhatItMayAndNothingMore(Endpoint e) {
        Api.Reply anonymous = Api.send(e.method(), e.path(), e.body());
        assertEquals(401, anonymous.status(), "no token: " + e);
        assertEquals("unauthorized", anonymous.json().getJsonObject("error").getString("code"));
        assertEquals(401, Api.send(e.method(), e.path(), e.body(), "Authorization", "Bearer forged.token").status());
        for (String role : ROLES) {
            boolean allowed = ROLES.indexOf(role) >= ROLES.indexOf(e.role());
            if (!allowed) {
                Api.Reply denied = Api.send(e.method(), e.path(), e.body(), signedIn(role).bearer());
                assertEquals(403, denied.status(), role + " on " + e + ": " + denied.body());
                assertEquals("forbidden", denied.json().getJsonObject("error").getString("code"));
            } else if (e.safeToCall()) {
                int status = Api.send(e.method(), e.path(), e.body(), signedIn(role).bearer())
                        .status();
                assertTrue(status != 401 && status != 403 && status < 500, role + " on " + e + " answered " + status);
            }
        }
    }

    /** The first admin stands for the admin role: no second admin, so that the last-admin rule stays testable. */
    private static Staff.Member signedIn(String role) {
        return "admin".equals(role) ? Staff.admin() : Staff.member("matrix-" + role, role);
    }

    @Test
    void theApiKeyIsAMachineAdmin() {
        assertEquals(200, Api.get("/v1/users", Api.bearer()).status());
        assertEquals(200, Api.get("/v1/auth/me", Api.bearer()).status());
        assertTrue(Api.get("/v1/auth/me", Api.bearer()).json().getBoolean("machine"));
    }

    @Test
    void denialsAndRefusedTokensAreInTheSecurityLog() throws Exception {
        Staff.Member agent = Staff.member("matrix-agent", "agent");
        Api.Reply denied = Api.get("/v1/users", agent.bearer()[0], agent.bearer()[1], "User-Agent", "matrix-probe/1",
                "X-Request-ID", "matrix-denial-1");
        assertEquals(403, denied.status());
        assertEquals(1, NuraServer.queryLong("SELECT count(*) FROM security_logs WHERE event_type = 'role_denied'"
                + " AND username = 'matrix-agent' AND request_id = 'matrix-denial-1' AND user_agent = 'matrix-probe/1'"
                + " AND ip IS NOT NULL AND detail LIKE '%/users%'"));
        Api.get("/v1/handoff/queue", "Authorization", "Bearer forged.token", "X-Request-ID", "matrix-forged-1");
        assertEquals(1, NuraServer.queryLong("SELECT count(*) FROM security_logs WHERE event_type = 'token_refused'"
                + " AND request_id = 'matrix-forged-1'"));
        String events = Api.get("/v1/security/events?kind=role_denied", Api.bearer()).body();
        assertTrue(events.contains("matrix-denial-1") && events.contains("\"user_agent\":\"matrix-probe/1\""), events);
    }
}
