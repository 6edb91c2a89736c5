package org.nura.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.nura.ai.control.AiSwitch;
import org.nura.platform.boundary.HealthReport.Check;

/**
 * Tells whether an LLM is configured, switched on (the runtime AI switch, not just AI_ENABLED) and reachable. The reachability call goes to an external service,
 * so its answer is cached for HEALTH_CACHE_SECONDS instead of being made on every probe.
 */
@ApplicationScoped
public class LlmProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    NuraConfig config;

    @Inject
    AiSwitch aiSwitch;

    private volatile Check cached;
    private volatile Instant cachedUntil = Instant.EPOCH;

    public Check check() {
        if (config.optional("OPENAI_API_KEY").isEmpty()) {
            return new Check("not_configured", null, "OPENAI_API_KEY is not set");
        }
        if (!aiSwitch.enabled()) {
            return new Check("disabled", null, "the AI switch is off");
        }
        if (Instant.now().isBefore(cachedUntil) && cached != null) {
            return cached;
        }
        Check fresh = probe();
        cached = fresh;
        cachedUntil = Instant.now().plus(config.healthCacheTtl());
        return fresh;
    }

    private Check probe() {
        String base = config.text("OPENAI_BASE_URL", "https://api.openai.com/v1").replaceAll("/+$", "");
        long start = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/models"))
                    .timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + config.optional("OPENAI_API_KEY").orElse(""))
                    .GET().build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            long ms = (System.nanoTime() - start) / 1_000_000;
            return status < 400 ? new Check("ok", ms, "cached") : new Check("down", ms, "HTTP " + status);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Check("down", (System.nanoTime() - start) / 1_000_000, e.getClass().getSimpleName());
        }
    }
}
