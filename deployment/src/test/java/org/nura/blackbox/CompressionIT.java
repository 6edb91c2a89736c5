package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text leaves the server gzipped for clients that accept it (issue #17): the widget script within 12 KB on the
 * wire, the same bytes once unpacked, marked for shared caches; event streams never, as gzip would hold events back.
 */
@ExtendWith(NuraServer.class)
class CompressionIT {

    /** Payara's listener gzips HTTP/1.1 answers; the widget script is gzipped by the application on HTTP/2 too. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final HttpClient HTTP2 = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int WIDGET_BUDGET_BYTES = 12 * 1024;

    @Test
    void theWidgetScriptIsGzippedWithinItsBudgetAndUnpacksToTheSameScript() throws Exception {
        HttpResponse<byte[]> plain = get("/widget.js", "identity");
        HttpResponse<byte[]> gzipped = get("/widget.js", "gzip");
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gzipped.body().length <= WIDGET_BUDGET_BYTES,
                "widget.js is " + gzipped.body().length + " bytes gzipped, over " + WIDGET_BUDGET_BYTES);
        // WildFly's encoding handler names the identity it chose ("Content-Encoding: identity"); Payara says nothing
        assertTrue(plain.headers().firstValue("Content-Encoding").filter(e -> !"identity".equals(e)).isEmpty(),
                "no gzip for a client without it");
        assertArrayEquals(plain.body(), gunzip(gzipped.body()));
        assertTrue(gzipped.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")),
                "a shared cache must keep the gzipped and the plain script apart");
    }

    @Test
    void theWidgetScriptIsGzippedOverHttp2AndRevalidatedByItsTag() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(NuraServer.baseUrl() + "/widget.js"))
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30));
        HttpResponse<byte[]> first = HTTP2.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", first.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(first.body().length <= WIDGET_BUDGET_BYTES, first.body().length + " bytes");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = HTTP2.send(request.header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    @Test
    void largeJsonIsGzippedAndEventStreamsAreNot() throws Exception {
        HttpResponse<byte[]> topics = get("/v1/topics?lang=ar", "gzip");
        assertEquals("gzip", topics.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(new String(gunzip(topics.body()), java.nio.charset.StandardCharsets.UTF_8).contains("\u0627"),
                "the topic tree unpacks to Arabic text");

        JsonObject opened = Api.post("/v1/message", "{\"channel\":\"web\",\"message\":\"مرحبا\"}").json();
        String stream = "/v1/session/" + opened.getString("session_id") + "/stream?token="
                + opened.getString("session_token");
        HttpRequest request = HttpRequest.newBuilder(URI.create(NuraServer.baseUrl() + stream))
                .header("Accept-Encoding", "gzip").header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<InputStream> events = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = events.body()) {
            assertEquals(200, events.statusCode());
            assertTrue(events.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            assertNotEquals("gzip", events.headers().firstValue("Content-Encoding").orElse(""));
        }
    }

    private static HttpResponse<byte[]> get(String path, String encoding) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(NuraServer.baseUrl() + path))
                .header("Accept-Encoding", encoding).timeout(Duration.ofSeconds(30)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) throws Exception {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
