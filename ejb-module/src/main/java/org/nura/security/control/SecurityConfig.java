package org.nura.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.nura.platform.control.NuraConfig;

/** The security settings, each default stated once here. */
@ApplicationScoped
public class SecurityConfig {

    /** The default shipped in microprofile-config.properties; production refuses it. */
    public static final String DEFAULT_SECRET = "dev-admin-secret-change-me";

    @Inject
    NuraConfig config;

    /** Signs the bearer tokens (HMAC-SHA256); every node of a cluster needs the same one. */
    public String adminSecretKey() {
        return config.text("ADMIN_SECRET_KEY", DEFAULT_SECRET);
    }

    public Duration tokenTtl() {
        return Duration.ofSeconds(Math.max(60, config.integer("ADMIN_TOKEN_TTL_SECONDS", 43200)));
    }

    /** Sign-in attempts one IP may make for one user name per window (API and console together). */
    public int loginRateLimit() {
        return Math.max(1, config.integer("LOGIN_RATE_LIMIT", 5));
    }

    public Duration loginRateWindow() {
        return Duration.ofSeconds(Math.max(1, config.integer("LOGIN_RATE_WINDOW_SECONDS", 300)));
    }

    /** PBKDF2 rounds for new hashes; stored hashes keep the rounds they were made with. */
    public int passwordIterations() {
        return Math.max(10_000, config.integer("PASSWORD_HASH_ITERATIONS", 210_000));
    }

    /** A console session idle this long is signed out. */
    public Duration consoleSessionTimeout() {
        return Duration.ofMinutes(Math.max(1, config.integer("CONSOLE_SESSION_TIMEOUT_MINUTES", 30)));
    }

    public Optional<String> widgetIdentitySecret() {
        return config.optional("WIDGET_IDENTITY_SECRET");
    }
}
