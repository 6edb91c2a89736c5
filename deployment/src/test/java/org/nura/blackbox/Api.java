package org.nura.blackbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the black-box tests: requests against the running server, answers as JSON. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final java.util.Random RANDOM = new java.util.Random();

    private Api() {
    }

    /** An answer: status, headers and body, with the body as JSON on demand. */
    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public static String[] bearer() {
        return new String[] {"Authorization", "Bearer " + NuraServer.API_KEY};
    }

    public static Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public static Reply post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    public static Reply send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(NuraServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        boolean forwarded = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            forwarded |= headers[i].equalsIgnoreCase("X-Forwarded-For");
        }
        if (!forwarded) {
            // the server trusts the harness as its reverse proxy: each call comes from a customer of its own, so
            // the per-address rate limits only bite where a test means them to
            request.header("X-Forwarded-For", "198.18." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
