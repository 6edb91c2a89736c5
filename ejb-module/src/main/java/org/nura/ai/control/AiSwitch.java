package org.nura.ai.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nura.platform.control.NuraConfig;
import org.nura.platform.entity.Setting;

/**
 * The global AI on/off switch: the {@code ai_enabled} row of {@code settings} when an admin has set it, otherwise
 * AI_ENABLED. Read at most every SETTINGS_CACHE_SECONDS per node so that customer turns do not each query it; a
 * node that flips it sees its own change at once, the others within that time.
 */
@ApplicationScoped
public class AiSwitch {

    public static final String KEY = "ai_enabled";

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    NuraConfig config;

    private volatile Boolean cached;
    private volatile long cachedUntil;

    public boolean enabled() {
        Boolean value = cached;
        if (value == null || System.nanoTime() - cachedUntil > 0) {
            Setting row = em.find(Setting.class, KEY);
            value = row == null ? config.aiEnabledByDefault() : Boolean.parseBoolean(row.value());
            remember(value);
        }
        return value;
    }

    /** Stores the switch in the caller's transaction and takes it into use on this node. */
    public void set(boolean enabled) {
        Setting row = em.find(Setting.class, KEY);
        if (row == null) {
            em.persist(new Setting(KEY, Boolean.toString(enabled)));
        } else {
            row.change(Boolean.toString(enabled));
        }
        remember(enabled);
    }

    private void remember(boolean value) {
        cached = value;
        cachedUntil = System.nanoTime() + config.settingsCacheTtl().toNanos();
    }
}
