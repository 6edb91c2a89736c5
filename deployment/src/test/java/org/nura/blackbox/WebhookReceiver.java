package org.nura.blackbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The operator's system at the other end of the escalation webhook, as a test runs it: a real HTTP server that
 * checks each delivery's signature with its own HMAC code, records it, and answers 204 — or 500 for the sessions a
 * test told it to fail.
 */
public final class WebhookReceiver {

    public static final String SECRET = "it-webhook-secret";
    public static final String PATH = "/hooks/escalation";

    /** One delivery as it arrived. */
    public record Delivery(String sessionId, String deliveryId, int attempt, long receivedMillis, long timestamp,
            boolean signatureValid, int answered, JsonObject body) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext(PATH, this::receive);
        server.start();
    }

    public static String url(int port) {
        return "http://localhost:" + port + PATH;
    }

    /** The next {@code times} deliveries for the session are answered 500. */
    public void failNext(String sessionId, int times) {
        failuresLeft.put(sessionId, times);
    }

    /** Every delivery for the session is answered 500 until {@link #recover}. */
    public void failAlways(String sessionId) {
        failing.add(sessionId);
    }

    public void recover(String sessionId) {
        failing.remove(sessionId);
        failuresLeft.remove(sessionId);
    }

    public List<Delivery> deliveriesFor(String sessionId) {
        return deliveries.stream().filter(d -> sessionId.equals(d.sessionId())).toList();
    }

    void stop() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        JsonObject json = Json.createReader(new StringReader(body)).readObject();
        String session = json.getJsonObject("data").getString("session_id");
        String timestamp = headers.getFirst("X-Nura-Timestamp");
        boolean valid = MessageDigest.isEqual(
                ("sha256=" + hmacHex(timestamp + "." + body)).getBytes(StandardCharsets.US_ASCII),
                String.valueOf(headers.getFirst("X-Nura-Signature")).getBytes(StandardCharsets.US_ASCII));
        int status = fails(session) ? 500 : 204;
        deliveries.add(new Delivery(session, headers.getFirst("X-Nura-Delivery"),
                Integer.parseInt(headers.getFirst("X-Nura-Attempt")), System.currentTimeMillis(),
                Long.parseLong(timestamp), valid, status, json));
        if (status == 204) {
            exchange.sendResponseHeaders(status, -1);
        } else { // as many receivers do, the refusal echoes what it refused: customer text reaches the job's error
            byte[] refusal = ("rejected customer " + json.getJsonObject("data").getString("customer_id", ""))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, refusal.length);
            exchange.getResponseBody().write(refusal);
        }
        exchange.close();
    }

    private boolean fails(String session) {
        if (failing.contains(session)) {
            return true;
        }
        Integer left = failuresLeft.computeIfPresent(session, (s, n) -> n - 1);
        return left != null && left >= 0;
    }

    private static String hmacHex(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
