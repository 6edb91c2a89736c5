package org.nura.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real HTTP deliveries to a receiver on a free localhost port: headers, signature, and each kind of failure. */
class WebhookSenderTest {

    private static final String BODY = "{\"id\":\"d-1\",\"event\":\"handoff.requested\",\"data\":{\"lang\":\"ar\"}}";

    private final WebhookSender sender = new WebhookSender();
    private final AtomicInteger status = new AtomicInteger(204);
    private final AtomicInteger delayMs = new AtomicInteger();
    private final AtomicReference<Headers> headers = new AtomicReference<>();
    private final AtomicReference<String> received = new AtomicReference<>();
    private HttpServer receiver;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            headers.set(exchange.getRequestHeaders());
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            sleep(delayMs.get());
            byte[] answer = "receiver says no".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), status.get() == 204 ? -1 : answer.length);
            if (status.get() != 204) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void deliversASignedEventTheReceiverCanVerify() throws JobFailure {
        sender.deliver(delivery("s3cret"), Duration.ofSeconds(5));
        Headers h = headers.get();
        assertEquals(BODY, received.get());
        assertEquals("d-1", h.getFirst("X-Nura-Delivery"));
        assertEquals("2", h.getFirst("X-Nura-Attempt"));
        assertEquals("handoff.requested", h.getFirst("X-Nura-Event"));
        assertTrue(h.getFirst("Content-Type").startsWith("application/json"));
        assertTrue(WebhookSignature.verify("s3cret", h.getFirst("X-Nura-Timestamp"), received.get(),
                h.getFirst("X-Nura-Signature"), Instant.now().getEpochSecond(), 60));
    }

    @Test
    void withoutASecretTheDeliveryIsUnsigned() throws JobFailure {
        sender.deliver(delivery(""), Duration.ofSeconds(5));
        assertEquals(null, headers.get().getFirst("X-Nura-Signature"));
    }

    @Test
    void aServerErrorIsAFailureNamingTheStatus() {
        status.set(503);
        JobFailure failure = assertThrows(JobFailure.class, () -> sender.deliver(delivery("k"), Duration.ofSeconds(5)));
        assertEquals("receiver answered HTTP 503: receiver says no", failure.getMessage());
    }

    @Test
    void aSlowReceiverTimesOut() {
        delayMs.set(2500);
        JobFailure failure = assertThrows(JobFailure.class, () -> sender.deliver(delivery("k"), Duration.ofSeconds(1)));
        assertEquals("receiver did not answer within 1 s", failure.getMessage());
    }

    @Test
    void anUnreachableReceiverIsAFailure() {
        int port = receiver.getAddress().getPort();
        receiver.stop(0);
        JobFailure failure = assertThrows(JobFailure.class, () -> sender.deliver(
                new WebhookSender.Delivery(URI.create("http://127.0.0.1:" + port + "/hook"), "handoff.requested", "d-1",
                        1, BODY, "k"), Duration.ofSeconds(2)));
        assertTrue(failure.getMessage().startsWith("cannot reach the receiver"), failure.getMessage());
    }

    private WebhookSender.Delivery delivery(String secret) {
        return new WebhookSender.Delivery(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"),
                "handoff.requested", "d-1", 2, BODY, secret);
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
