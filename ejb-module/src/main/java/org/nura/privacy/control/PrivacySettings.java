package org.nura.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nura.platform.control.NuraConfig;

/** How long conversations are kept and how many sessions one retention batch deletes. */
@ApplicationScoped
public class PrivacySettings {

    @Inject
    NuraConfig config;

    /** RETENTION_DAYS: conversations untouched for longer are deleted each night; 0 keeps everything. */
    public int retentionDays() {
        return Math.max(0, config.integer("RETENTION_DAYS", 0));
    }

    /** RETENTION_BATCH_SIZE: sessions per transaction, so that a large backlog never holds long locks. */
    public int retentionBatchSize() {
        return Math.max(1, config.integer("RETENTION_BATCH_SIZE", 500));
    }
}
