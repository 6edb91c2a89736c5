package org.nura.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The gate answers whatever reaches the port while the server starts with the API's JSON 503, never anything else. */
class StartingGateTest {

    @Test
    void everyMethodAndPathGetsTheJsonUnavailableErrorWithRetryAfter() throws Exception {
        StartingGate gate = new StartingGate(new InetSocketAddress("127.0.0.1", 0));
        gate.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + gate.port();
            for (HttpRequest request : new HttpRequest[] {
                HttpRequest.newBuilder(URI.create(base + "/v1/message"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"hello\"}")).build(),
                HttpRequest.newBuilder(URI.create(base + "/v1/health/ready")).build(),
                HttpRequest.newBuilder(URI.create(base + "/admin/")).DELETE().build()}) {
                HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
                assertEquals(503, reply.statusCode(), request.uri().toString());
                assertEquals("5", reply.headers().firstValue("Retry-After").orElse(""));
                assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
                String id = reply.headers().firstValue("X-Request-ID").orElseThrow();
                assertTrue(reply.body().startsWith("{\"error\":{\"code\":\"unavailable\""), reply.body());
                assertTrue(reply.body().contains("\"request_id\":\"" + id + "\""), reply.body());
            }
        } finally {
            gate.stop();
        }
    }
}
