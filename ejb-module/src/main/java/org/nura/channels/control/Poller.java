package org.nura.channels.control;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nura.platform.control.JsonSupport;

/**
 * One round of long polling, run again and again by whichever node runs it: hold the lease (or do nothing), fetch
 * the updates after the stored offset, hand each to {@code sink} (its own transaction; the update log makes a
 * repeat harmless) and move the offset past it. The first round after taking the lease removes any webhook, since
 * Telegram refuses getUpdates while one is set.
 */
public class Poller {

    private static final Logger LOG = Logger.getLogger(Poller.class.getName());

    private final PollerLease lease;
    private final String node;
    private final Consumer<String> sink;
    private boolean holding;

    public Poller(PollerLease lease, String node, Consumer<String> sink) {
        this.lease = lease;
        this.node = node;
        this.sink = sink;
    }

    /** One round; true when this node held the lease and asked Telegram for updates. */
    public boolean round(BotClient bot, Duration leaseLength, int timeoutSeconds) throws SQLException {
        if (!lease.hold(node, leaseLength)) {
            holding = false;
            return false;
        }
        try {
            if (!holding) {
                bot.deleteWebhook();
                holding = true;
            }
            deliver(bot.updates(lease.offset(), timeoutSeconds));
        } catch (TelegramError e) {
            LOG.log(Level.WARNING, "Telegram long polling: {0}", e.getMessage());
        }
        return true;
    }

    private void deliver(List<String> updates) throws SQLException {
        for (String update : updates) {
            long id = updateId(update);
            try {
                sink.accept(update);
            } catch (RuntimeException e) {
                // a broken update must not stop the chat for ever: logged, then skipped like Telegram skips it
                LOG.log(Level.WARNING, "Telegram update " + id + " could not be handled", e);
            }
            if (!lease.advance(node, id + 1)) {
                holding = false;
                return; // the lease ran out mid-batch: the new holder fetches the rest
            }
        }
    }

    /** Gives the lease up (the node stops cleanly). */
    public void stop() throws SQLException {
        lease.release(node);
        holding = false;
    }

    /** Whether the last round found this node holding the lease. */
    public boolean holding() {
        return holding;
    }

    public String node() {
        return node;
    }

    static long updateId(String json) {
        try (var reader = JsonSupport.reader(json)) {
            return reader.readObject().getJsonNumber("update_id").longValue();
        }
    }
}
