package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.nura.platform.control.NuraConfig;

/** Live-chat attachments: the largest file, where the bytes go, and how signed download links are made. */
@ApplicationScoped
public class AttachmentSettings {

    /** 5 MB: a phone photo or a scanned invoice fits, a video does not. */
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
    public static final int DEFAULT_URL_SECONDS = 300;

    @Inject
    NuraConfig config;

    /** ATTACHMENTS_MAX_BYTES: the largest attachment accepted (at least 1 KB, at most 50 MB, the servlets' bound). */
    public int maxBytes() {
        return Math.max(1024, Math.min(50 * 1024 * 1024, config.integer("ATTACHMENTS_MAX_BYTES", DEFAULT_MAX_BYTES)));
    }

    /** ATTACHMENTS_DIR: store the bytes as files in this directory (shared by all nodes) instead of PostgreSQL. */
    public Optional<Path> directory() {
        return config.optional("ATTACHMENTS_DIR").map(Path::of);
    }

    /**
     * ATTACHMENTS_URL_SECRET: the key that signs download links, the same on every node; when absent the key the
     * V18 migration generated for this installation (table attachment_keys) is used.
     */
    public Optional<String> urlSecret() {
        return config.optional("ATTACHMENTS_URL_SECRET");
    }

    /** ATTACHMENTS_URL_SECONDS: how long a download link works after it was handed out (5 minutes). */
    public Duration urlLifetime() {
        return Duration.ofSeconds(Math.max(1, config.integer("ATTACHMENTS_URL_SECONDS", DEFAULT_URL_SECONDS)));
    }
}
