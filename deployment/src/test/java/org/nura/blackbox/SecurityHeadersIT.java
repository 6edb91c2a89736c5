package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser and a stranger see of the server: hardening headers on the API, the widget, the demo page and the
 * console; no server name or version; CORS only for the allowed origin on customer endpoints; Payara's own
 * /metrics closed; and a 429 with Retry-After for too many new sessions from one address.
 */
@ExtendWith(NuraServer.class)
class SecurityHeadersIT {

    @Test
    void apiAndWidgetAnswersAreHardenedAndDoNotNameTheServer() {
        for (String path : List.of("/v1/health", "/widget.js", "/v1/no-such-endpoint", "/demo.html")) {
            Api.Reply reply = Api.get(path);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
            assertEquals("no-referrer", reply.header("Referrer-Policy"), path);
            assertAnonymous(reply, path);
            assertNull(reply.header("Strict-Transport-Security"), "HSTS only with APP_ENV=production: " + path);
        }
        String api = Api.get("/v1/health").header("Content-Security-Policy");
        assertTrue(api.contains("default-src 'none'") && api.contains("frame-ancestors 'none'"), api);
    }

    @Test
    void theDemoPageRunsOnlyItsOwnScripts() {
        String policy = Api.get("/demo.html").header("Content-Security-Policy");
        assertNotNull(policy);
        String scripts = directive(policy, "script-src");
        assertEquals("script-src 'self'", scripts, policy);
        assertTrue(policy.contains("connect-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
    }

    @Test
    void theConsoleHasANoncePolicyNoFramingAndAStrictCookie() {
        Api.Reply login = Api.get("/admin/login.xhtml");
        assertEquals(200, login.status());
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> directive(p, "script-src").matches("script-src 'self' 'nonce-[^' ]+'")),
                policies.toString());
        assertTrue(policies.stream().allMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        assertEquals("DENY", login.header("X-Frame-Options"));
        assertEquals("nosniff", login.header("X-Content-Type-Options"));
        assertAnonymous(login, "/admin/login.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP in development: " + cookie);
        assertFalse(login.body().contains(";jsessionid="), "no session id in URLs");
        assertFalse(login.body().contains("onclick="), "no inline event handlers under the policy");
    }

    @Test
    void corsAnswersOnlyTheAllowedOriginAndOnlyOnCustomerEndpoints() {
        Api.Reply allowed = preflight("/v1/message", HostSite.origin());
        assertEquals(HostSite.origin(), allowed.header("Access-Control-Allow-Origin"), allowed.headers().toString());
        assertFalse(allowed.header("Access-Control-Allow-Headers").toLowerCase().contains("authorization"));
        assertNull(preflight("/v1/message", "http://evil.example").header("Access-Control-Allow-Origin"));
        assertNull(preflight("/v1/message", "null").header("Access-Control-Allow-Origin"));
        assertNull(preflight("/v1/handoff/queue", HostSite.origin()).header("Access-Control-Allow-Origin"),
                "agent endpoints are not for other sites");
        assertNull(preflight("/v1/customers/x/export", HostSite.origin()).header("Access-Control-Allow-Origin"));
        Api.Reply post = Api.post("/v1/message", "{\"message\":\"hello\"}", "Origin", HostSite.origin());
        assertEquals(HostSite.origin(), post.header("Access-Control-Allow-Origin"));
    }

    @Test
    void payaraOwnMetricsAreClosedWhileNurasStayWithTheBearer() {
        Api.Reply payara = Api.get("/metrics");
        assertNotEquals(200, payara.status(), payara.body());
        assertFalse(payara.body().contains("base_"), "no metrics leak: " + payara.body());
        assertEquals(200, Api.get("/v1/metrics", Api.bearer()).status());
    }

    @Test
    void tooManyNewSessionsFromOneAddressAre429WithRetryAfter() {
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        String hello = Json.createObjectBuilder().add("message", "hello").build().toString();
        int accepted = 0;
        Api.Reply refused = null;
        for (int i = 0; i < 3 * NuraServer.SESSIONS_PER_IP && refused == null; i++) {
            Api.Reply reply = Api.post("/v1/message", hello, "X-Forwarded-For", address);
            if (reply.status() == 429) {
                refused = reply;
            } else {
                assertEquals(200, reply.status(), reply.body());
                accepted++;
            }
        }
        assertNotNull(refused, "never limited");
        assertTrue(accepted >= NuraServer.SESSIONS_PER_IP && accepted < 2 * NuraServer.SESSIONS_PER_IP,
                "accepted " + accepted);
        assertEquals("rate_limited", refused.json().getJsonObject("error").getString("code"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(200, Api.post("/v1/message", hello, "X-Forwarded-For", "203.0.113.251").status(),
                "another address is not limited");
    }

    private static Api.Reply preflight(String path, String origin) {
        return Api.send("OPTIONS", path, null, "Origin", origin, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");
    }

    private static void assertAnonymous(Api.Reply reply, String path) {
        String server = reply.header("Server");
        assertTrue(server == null || !server.matches(".*(?i)(payara|glassfish|grizzly|[0-9]).*"), path + ": " + server);
        assertNull(reply.header("X-Powered-By"), path);
    }

    /** One directive of a policy, e.g. "script-src 'self'", or "" when absent. */
    private static String directive(String policy, String name) {
        for (String part : policy.split(";")) {
            if (part.trim().startsWith(name + " ")) {
                return part.trim();
            }
        }
        return "";
    }
}
