package org.nura.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Typed view of the settings (MicroProfile Config: environment, system properties, then the defaults file).
 * Values are read on every call so that a changed system property takes effect without a redeploy.
 */
@ApplicationScoped
public class NuraConfig {

    @Inject
    Config config;

    /** The value of a key, treating blank as missing. */
    public Optional<String> optional(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String text(String key, String fallback) {
        return optional(key).orElse(fallback);
    }

    public int integer(String key, int fallback) {
        return optional(key).map(Integer::parseInt).orElse(fallback);
    }

    public double doubleValue(String key, double fallback) {
        return optional(key).map(Double::parseDouble).orElse(fallback);
    }

    public boolean flag(String key, boolean fallback) {
        return optional(key).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(fallback);
    }

    public List<String> list(String key) {
        return optional(key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public boolean migrateOnStart() {
        return flag("DB_MIGRATE_ON_START", true);
    }

    public String environment() {
        return text("APP_ENV", "development");
    }

    public boolean production() {
        return environment().equalsIgnoreCase("production");
    }

    public String apiKey() {
        return text("API_KEY", "");
    }

    public String redisUrl() {
        return text("REDIS_URL", "redis://localhost:6379");
    }

    /**
     * What this installation's Redis keys and channel start with, so that installations sharing one Redis keep
     * their sessions and live events apart. Letters, digits, '.', '_' and '-' only.
     */
    public String redisKeyPrefix() {
        String prefix = text("REDIS_KEY_PREFIX", "nura");
        if (!prefix.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalStateException("REDIS_KEY_PREFIX must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return prefix;
    }

    public int redisTimeoutMillis() {
        return integer("REDIS_TIMEOUT_MS", 500);
    }

    public Duration sessionTtl() {
        return Duration.ofSeconds(integer("SESSION_TTL_SECONDS", 3600));
    }

    public Duration handoffSessionTtl() {
        return Duration.ofSeconds(integer("HANDOFF_SESSION_TTL_SECONDS", 86400));
    }

    public Duration healthCacheTtl() {
        return Duration.ofSeconds(integer("HEALTH_CACHE_SECONDS", 30));
    }

    public long slowRequestMillis() {
        return integer("SLOW_REQUEST_MS", 1000);
    }

    public boolean backgroundJobsEnabled() {
        return flag("BACKGROUND_JOBS_ENABLED", true);
    }

    /** Attempts a job gets before it goes to its dead-letter queue (at least one). */
    public int jobMaxAttempts() {
        return Math.max(1, integer("JOB_MAX_ATTEMPTS", 5));
    }

    /** The wait after a job's first failed attempt; it doubles after every further failure. */
    public Duration jobRetryDelay() {
        return Duration.ofSeconds(Math.max(0, integer("JOB_RETRY_DELAY_SECONDS", 10)));
    }

    /** How often the recovery sweep looks for jobs whose message never arrived. */
    public Duration jobRecoveryInterval() {
        return Duration.ofSeconds(Math.max(1, integer("JOB_RECOVERY_INTERVAL_SECONDS", 60)));
    }

    /** How long past its due time a waiting job must be before the sweep sends its message again. */
    public Duration jobStaleAfter() {
        return Duration.ofSeconds(Math.max(1, integer("JOB_STALE_SECONDS", 300)));
    }

    /** How long finished jobs are kept (dead ones stay until re-driven or removed by an operator). */
    public Duration jobRetention() {
        return Duration.ofDays(Math.max(1, integer("JOB_RETENTION_DAYS", 7)));
    }

    public Optional<String> escalationWebhookUrl() {
        return optional("ESCALATION_WEBHOOK_URL");
    }

    public String escalationWebhookSecret() {
        return text("ESCALATION_WEBHOOK_SECRET", "");
    }

    public Duration escalationWebhookTimeout() {
        return Duration.ofSeconds(Math.max(1, integer("ESCALATION_WEBHOOK_TIMEOUT_SECONDS", 10)));
    }

    public Set<String> handoffTriggers() {
        return list("HANDOFF_TRIGGERS").stream().collect(Collectors.toUnmodifiableSet());
    }
}
