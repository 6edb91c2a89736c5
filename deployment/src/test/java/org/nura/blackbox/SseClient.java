package org.nura.blackbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Server-Sent Events reader for the black-box tests: java.net.http plus a line reader, events in a queue. */
final class SseClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One received event; {@code data} is the JSON payload. */
    record Event(long id, String type, String data) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(data))) {
                return reader.readObject();
            }
        }
    }

    private final int status;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Boolean> connected = new LinkedBlockingQueue<>();

    private SseClient(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.body = response.body();
        if (status == 200) {
            Thread reader = new Thread(this::read, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Opens a stream; with {@code lastEventId} > 0 the server replays what came after it. */
    static SseClient open(String path, long lastEventId, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(NuraServer.baseUrl() + path))
                .header("Accept", "text/event-stream").GET();
        if (lastEventId > 0) {
            request.header("Last-Event-ID", String.valueOf(lastEventId));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        SseClient client = new SseClient(HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                .get(20, TimeUnit.SECONDS));
        if (client.status == 200 && client.connected.poll(20, TimeUnit.SECONDS) == null) {
            throw new AssertionError("no ': connected' comment from " + path);
        }
        return client;
    }

    int status() {
        return status;
    }

    /** The next event, or null when none came within {@code timeout}. */
    Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next event of {@code sessionId} (the agents' stream carries every session's events). */
    Event nextOf(String sessionId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Event event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event == null || sessionId.equals(event.json().getString("session_id", null))) {
                return event;
            }
        }
        return null;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            long id = 0;
            String type = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(id, type, data.toString()));
                    }
                    type = "message";
                    data.setLength(0);
                } else if (line.startsWith(": connected")) {
                    connected.add(true);
                } else if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).stripLeading());
                }
            }
        } catch (IOException e) {
            // the test closed the stream, or the server went away: either way no more events
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
