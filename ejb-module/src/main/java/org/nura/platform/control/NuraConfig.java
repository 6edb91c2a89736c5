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
 * Values are read on every call so that a changed system property takes effect without a redeploy. Each setting has
 * one named accessor that states its default once; the raw readers ({@link #optional}, {@link #text}, ...) are for
 * this class and the components' own typed configuration classes ({@code *Config}, {@code *Settings} in a control
 * package) only, which the architecture tests check.
 */
@ApplicationScoped
public class NuraConfig {

    /** The longest customer message, in characters; longer ones are refused before analysis. */
    public static final int DEFAULT_MAX_MESSAGE_CHARS = 2000;

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

    /** The JNDI name of the datasource for plain JDBC users; test archives define their own. */
    public String dataSourceName() {
        return text("NURA_DATASOURCE", Resources.DATASOURCE);
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

    public String adminUsername() {
        return text("ADMIN_USERNAME", "admin");
    }

    /** Empty means the console refuses every sign-in. */
    public String adminPassword() {
        return text("ADMIN_PASSWORD", "");
    }

    /** Origins allowed to call the API from a browser; empty allows none. */
    public List<String> corsOrigins() {
        return list("CORS_ORIGINS");
    }

    /** AI_ENABLED: whether the LLM is on until an admin switches it (the stored switch then wins). */
    public boolean aiEnabledByDefault() {
        return flag("AI_ENABLED", true);
    }

    /** How long a node trusts its copy of a stored setting (the AI switch) before reading it again. */
    public Duration settingsCacheTtl() {
        return Duration.ofSeconds(integer("SETTINGS_CACHE_SECONDS", 5));
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

    /** How many recent turns a session keeps (and the LLM may see). */
    public int sessionHistoryTurns() {
        return integer("SESSION_HISTORY_TURNS", 20);
    }

    public Duration healthCacheTtl() {
        return Duration.ofSeconds(integer("HEALTH_CACHE_SECONDS", 30));
    }

    public int maxMessageChars() {
        return integer("MAX_MESSAGE_CHARS", DEFAULT_MAX_MESSAGE_CHARS);
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

    public boolean handoffEnabled() {
        return flag("HANDOFF_ENABLED", true);
    }

    /** A sentiment score at or below this hands an upset customer to a human. */
    public double handoffNegativeScore() {
        return doubleValue("HANDOFF_NEGATIVE_SCORE", -0.6);
    }

    /** An answer less confident than this counts towards the low-confidence streak. */
    public double handoffLowConfidenceThreshold() {
        return doubleValue("HANDOFF_LOW_CONFIDENCE_THRESHOLD", 0.45);
    }

    /** How many unsure answers in a row bring in a human (at least one). */
    public int handoffLowConfidenceTurns() {
        return Math.max(1, integer("HANDOFF_LOW_CONFIDENCE_TURNS", 2));
    }

    /** The enabled handoff triggers; empty means all of them. */
    public Set<String> handoffTriggers() {
        return list("HANDOFF_TRIGGERS").stream().collect(Collectors.toUnmodifiableSet());
    }
}
