package org.nura.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.nura.platform.control.NuraConfig;

/** How much a customer (an address, a session) may do per window; 0 switches a limit off. */
@ApplicationScoped
public class CustomerLimitSettings {

    @Inject
    NuraConfig config;

    /** The allowance of one kind of limit per window. */
    public int allowance(CustomerLimits.Kind kind) {
        return Math.max(0, switch (kind) {
            case NEW_SESSIONS_PER_IP -> config.integer("RATE_LIMIT_SESSIONS_PER_IP", 30);
            case MESSAGES_PER_IP -> config.integer("RATE_LIMIT_MESSAGES_PER_IP", 120);
            case MESSAGES_PER_SESSION -> config.integer("RATE_LIMIT_MESSAGES_PER_SESSION", 20);
            case UPLOADS_PER_IP -> config.integer("RATE_LIMIT_UPLOADS_PER_IP", 10);
        });
    }

    /** RATE_LIMIT_WINDOW_SECONDS: the fixed window every limit counts in. */
    public Duration window() {
        return Duration.ofSeconds(Math.max(1, config.integer("RATE_LIMIT_WINDOW_SECONDS", 60)));
    }

    /**
     * TRUSTED_PROXIES: addresses of the reverse proxies whose X-Forwarded-For is believed; without them the
     * connection's address is the client's (a customer could otherwise pick any address to be counted under).
     */
    public List<String> trustedProxies() {
        return config.list("TRUSTED_PROXIES");
    }
}
