package org.nura.ai.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nura.platform.control.HealthCheck;
import org.nura.platform.control.NuraConfig;

/**
 * The LLM's part of the health report: whether an LLM is configured, switched on (the runtime AI switch, not
 * just AI_ENABLED) and reachable. The reachability call goes to an external service, so it is never made on the
 * probe's thread: the report shows the last answer (cached for HEALTH_CACHE_SECONDS) and a stale one is refreshed in
 * the background, so a hanging LLM cannot slow {@code /v1/health} down.
 */
@ApplicationScoped
public class LlmHealthCheck implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(LlmSettings.CONNECT_TIMEOUT)
            .build();

    @Inject
    NuraConfig config;

    @Inject
    AiSwitch aiSwitch;

    @Inject
    LlmGateway gateway;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean refreshing = new AtomicBoolean();
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
        Result last = cached;
        if (Instant.now().isAfter(cachedUntil) && refreshing.compareAndSet(false, true)) {
            refreshInBackground(settings);
        }
        return last != null ? last : new Result("unknown", null, "the first check is under way");
    }

    private void refreshInBackground(LlmSettings settings) {
        try {
            executor.execute(() -> {
                try {
                    cached = probe(settings);
                    cachedUntil = Instant.now().plus(config.healthCacheTtl());
                    gateway.warmUp(); // once per client: the first customer's call should not load it
                } finally {
                    refreshing.set(false);
                }
            });
        } catch (RuntimeException e) {
            refreshing.set(false);
            cached = new Result("down", null, "not checked: " + e.getClass().getSimpleName());
        }
    }

    private static Result probe(LlmSettings settings) {
        String base = settings.baseUrlWithoutSlash();
        long start = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/models"))
                    .timeout(settings.timeout())
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
