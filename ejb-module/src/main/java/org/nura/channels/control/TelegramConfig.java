package org.nura.channels.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.nura.platform.control.NuraConfig;

/** The Telegram channel's settings; each default is stated here once. */
@ApplicationScoped
public class TelegramConfig {

    @Inject
    NuraConfig config;

    /** TELEGRAM_BOT_TOKEN; empty switches the channel off (no webhook, no poller, no sends). */
    public String botToken() {
        return config.text("TELEGRAM_BOT_TOKEN", "");
    }

    public boolean enabled() {
        return !botToken().isEmpty();
    }

    /** TELEGRAM_API_BASE_URL: Telegram's own by default; a local Bot API server or a test fake otherwise. */
    public String apiBaseUrl() {
        return config.text("TELEGRAM_API_BASE_URL", "https://api.telegram.org");
    }

    /** TELEGRAM_WEBHOOK_SECRET: the secret_token given to setWebhook; without it the webhook refuses every call. */
    public String webhookSecret() {
        return config.text("TELEGRAM_WEBHOOK_SECRET", "");
    }

    /** TELEGRAM_POLLER_ENABLED: long polling instead of the webhook (the Bot API serves one or the other). */
    public boolean pollerEnabled() {
        return enabled() && config.flag("TELEGRAM_POLLER_ENABLED", false);
    }

    /** How long a poller's lease lasts unless renewed; a dead node's poller is taken over after it. */
    public Duration pollerLease() {
        return Duration.ofSeconds(Math.max(5, config.integer("TELEGRAM_POLLER_LEASE_SECONDS", 30)));
    }

    /** getUpdates' long-poll timeout; kept well inside the lease so a slow poll never outlives it. */
    public int pollTimeoutSeconds() {
        int wanted = Math.max(0, config.integer("TELEGRAM_POLL_TIMEOUT_SECONDS", 10));
        return (int) Math.min(wanted, pollerLease().toSeconds() / 3);
    }

    /** Compares in constant time, so the answer's timing tells nothing about the secret. */
    public boolean secretMatches(String presented) {
        String secret = webhookSecret();
        return !secret.isEmpty() && presented != null && MessageDigest.isEqual(
                secret.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
