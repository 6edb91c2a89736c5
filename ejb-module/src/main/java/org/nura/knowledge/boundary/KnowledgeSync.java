package org.nura.knowledge.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Brings this node's on-box model up to the knowledge another node changed: every few seconds it compares the
 * stored knowledge revision with the one its model was trained on. PostgreSQL is the one source, so a node catches
 * up after a Redis outage or a restart alike; the node that made the change has already retrained after its commit.
 */
@Singleton
@Startup
@DependsOn("TenantContentLoader")
@Lock(LockType.READ)
public class KnowledgeSync {

    private static final Logger LOG = Logger.getLogger(KnowledgeSync.class.getName());

    @Inject
    OnBoxModels models;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "knowledge sync")
    void tick() {
        try {
            if (models.catchUp()) {
                LOG.info("On-box model caught up with knowledge changed on another node");
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "knowledge sync skipped a tick: " + e);
        }
    }
}
