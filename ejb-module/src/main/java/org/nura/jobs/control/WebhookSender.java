package org.nura.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

/**
 * POSTs one signed webhook delivery and tells whether the receiver took it (any 2xx). Redirects are not followed:
 * the signature is for the configured URL only.
 */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One delivery attempt; a non-2xx answer, a timeout or a refused connection is a {@link JobFailure}. */
    public void deliver(Delivery delivery, Duration timeout) throws JobFailure {
        HttpRequest request = request(delivery, timeout, Instant.now().getEpochSecond());
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new JobFailure("receiver answered HTTP " + response.statusCode() + abbreviate(response.body()));
            }
        } catch (HttpTimeoutException e) {
            throw new JobFailure("receiver did not answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new JobFailure("cannot reach the receiver: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailure("interrupted while delivering", e);
        }
    }

    static HttpRequest request(Delivery d, Duration timeout, long epochSeconds) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(d.url()).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "NURA-Webhook/1")
                .header(WebhookSignature.EVENT_HEADER, d.event())
                .header(WebhookSignature.DELIVERY_HEADER, d.deliveryId())
                .header(WebhookSignature.ATTEMPT_HEADER, String.valueOf(d.attempt()))
                .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(epochSeconds));
        if (!d.secret().isEmpty()) {
            builder.header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(d.secret(), epochSeconds, d.body()));
        }
        return builder.POST(HttpRequest.BodyPublishers.ofString(d.body())).build();
    }

    private static String abbreviate(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String b = body.strip();
        return ": " + (b.length() > 200 ? b.substring(0, 200) + "…" : b);
    }

    /** One delivery: where, what, and what the receiver needs to check and de-duplicate it. */
    public record Delivery(URI url, String event, String deliveryId, int attempt, String body, String secret) {
    }
}
