package org.nura.channels.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.nura.channels.control.Poller;
import org.nura.channels.control.PollerLease;
import org.nura.channels.control.TelegramConfig;
import org.nura.channels.control.TelegramSendJob;

/**
 * Long polling, when TELEGRAM_POLLER_ENABLED is on: every node runs this loop on the managed executor, and only the
 * node holding the lease ({@link PollerLease}) asks Telegram for updates; the others try to take the lease every
 * second, so one of them polls within a lease length when the holder dies, at once when it stops cleanly. The
 * setting is read each round, so switching it (a system property) needs no restart.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class TelegramPolling {

    private static final Logger LOG = Logger.getLogger(TelegramPolling.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    TelegramConfig config;

    @Inject
    TelegramUpdates updates;

    @Inject
    TelegramSendJob sender;

    @Inject
    DataSource dataSource;

    private Poller poller;
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        TelegramUpdates target = updates; // the container's proxy: each update its own transaction
        poller = new Poller(new PollerLease(dataSource), node(), target::receive);
        task = executor.scheduleWithFixedDelay(this::round, 2, 1, TimeUnit.SECONDS);
    }

    private void round() {
        try {
            if (config.pollerEnabled()) {
                poller.round(sender.client(), config.pollerLease(), config.pollTimeoutSeconds());
            } else if (poller.holding()) {
                poller.stop();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Telegram polling round failed; trying again", e);
        }
    }

    @PreDestroy
    void stop() {
        task.cancel(true);
        try {
            poller.stop();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not release the Telegram poller lease; it expires by itself", e);
        }
    }

    private static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "/" + UUID.randomUUID();
    }
}
