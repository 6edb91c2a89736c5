package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR on a freshly provisioned Payara Server: schema, health, request ids, errors, docs, console, widget. */
@ExtendWith(NuraServer.class)
class FoundationIT {

    @Test
    void everyMigrationWasAppliedToTheEmptyDatabase() throws Exception {
        long files;
        try (Stream<Path> migrations = Files.list(Path.of("../sql/src/main/resources/db/migration"))) {
            files = migrations.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
        assertEquals(files, NuraServer.queryLong(
                "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL"));
        assertEquals(1, NuraServer.queryLong("SELECT count(*) FROM pg_tables WHERE tablename = 'conversation_logs'"));
    }

    @Test
    @Tag(NuraServer.SMOKE)
    void healthReportsEveryDependency() {
        Api.Reply reply = Api.get("/v1/health");
        assertEquals(200, reply.status());
        JsonObject body = reply.json();
        assertEquals("ok", body.getString("status"), reply.body());
        // the server product it runs on, without a version
        assertEquals("payara".equals(NuraServer.SERVER) ? "Payara Server" : "WildFly", body.getString("server"));
        JsonObject checks = body.getJsonObject("checks");
        assertEquals("ok", checks.getJsonObject("database").getString("status"));
        assertEquals("ok", checks.getJsonObject("redis").getString("status"));
        assertEquals("ok", checks.getJsonObject("jms").getString("status"));
        // the test server has a key but starts with the AI switch off (AI_ENABLED=false)
        assertEquals("disabled", checks.getJsonObject("llm").getString("status"));
    }

    @Test
    void requestIdIsReturnedAndAClientIdIsKept() {
        assertNotNull(Api.get("/v1/health").header("X-Request-ID"));
        assertEquals("trace-abc.123", Api.get("/v1/health", "X-Request-ID", "trace-abc.123").header("X-Request-ID"));
        assertTrue(Api.get("/v1/health", "X-Request-ID", "bad id with spaces").header("X-Request-ID").matches("[0-9a-f-]{36}"));
    }

    @Test
    void badJsonIsA400WithTheRequestId() {
        Api.Reply reply = Api.post("/v1/jobs/diagnostics", "{\"rollback\": tru", Api.bearer());
        assertEquals(400, reply.status());
        JsonObject error = reply.json().getJsonObject("error");
        assertEquals("invalid_json", error.getString("code"));
        assertEquals(reply.header("X-Request-ID"), error.getString("request_id"));
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() {
        Api.Reply missing = Api.get("/v1/no-such-thing");
        assertEquals(404, missing.status());
        assertEquals("not_found", missing.json().getJsonObject("error").getString("code"));
        Api.Reply method = Api.send("DELETE", "/v1/health", null);
        assertEquals(405, method.status());
        assertEquals("method_not_allowed", method.json().getJsonObject("error").getString("code"));
    }

    @Test
    @Tag(NuraServer.SMOKE)
    void protectedEndpointsNeedTheBearer() {
        Api.Reply anonymous = Api.get("/v1/metrics");
        assertEquals(401, anonymous.status());
        assertEquals("unauthorized", anonymous.json().getJsonObject("error").getString("code"));
        assertEquals(401, Api.get("/v1/metrics", "Authorization", "Bearer wrong").status());
        Api.Reply metrics = Api.get("/v1/metrics", Api.bearer());
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("nura_http_responses_total"), metrics.body());
    }

    @Test
    @Tag(NuraServer.SMOKE)
    void openApiDocsConsoleAndWidgetAreServed() {
        Api.Reply openapi = Api.get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/v1/health"), "the OpenAPI document lists the API");
        Api.Reply docs = Api.get("/docs/");
        assertEquals(200, docs.status());
        assertTrue(docs.body().contains("swagger-ui"));
        assertEquals(200, Api.get(docs.body().replaceAll("(?s).*src=\"(/webjars/[^\"]+\\.js)\".*", "$1")).status(),
                "the Swagger UI script comes from the webjar");
        Api.Reply admin = Api.get("/admin/login.xhtml");
        assertEquals(200, admin.status());
        assertTrue(admin.body().contains("primefaces"), "the console page is rendered with PrimeFaces");
        Api.Reply widget = Api.get("/widget.js");
        assertEquals(200, widget.status());
        assertNotNull(widget.header("ETag"));
        assertEquals("public, max-age=300", widget.header("Cache-Control"));
        assertEquals(304, Api.get("/widget.js", "If-None-Match", widget.header("ETag")).status());
    }
}
