package org.nura.ai.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.nura.platform.control.HealthCheck;
import org.nura.platform.control.NuraConfig;

/**
 * The LLM's part of the health report: whether an LLM is configured, switched on (the runtime AI switch, not
 * just AI_ENABLED) and reachable. The reachability call goes to an external service,
 * so its answer is cached for HEALTH_CACHE_SECONDS instead of being made on every probe.
 */
@ApplicationScoped
public class LlmHealthCheck implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    NuraConfig config;

    @Inject
    AiSwitch aiSwitch;

    private volatile Result cached;
    private volatile Instant cachedUntil = Instant.EPOCH;

    @Override
    public String name() {
        return "llm";
    }

    @Override
    public Result check() {
        LlmSettings settings = LlmSettings.from(config);
        if (!settings.configured()) {
            return new Result("not_configured", null, "OPENAI_API_KEY is not set");
        }
        if (!aiSwitch.enabled()) {
            return new Result("disabled", null, "the AI switch is off");
        }
        if (Instant.now().isBefore(cachedUntil) && cached != null) {
            return cached;
        }
        Result fresh = probe(settings);
        cached = fresh;
        cachedUntil = Instant.now().plus(config.healthCacheTtl());
        return fresh;
    }

    private static Result probe(LlmSettings settings) {
        String base = settings.baseUrlWithoutSlash();
        long start = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/models"))
                    .timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + settings.apiKey())
                    .GET().build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            long ms = (System.nanoTime() - start) / 1_000_000;
            return status < 400 ? new Result("ok", ms, "cached") : new Result("down", ms, "HTTP " + status);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Result("down", (System.nanoTime() - start) / 1_000_000, e.getClass().getSimpleName());
        }
    }
}
