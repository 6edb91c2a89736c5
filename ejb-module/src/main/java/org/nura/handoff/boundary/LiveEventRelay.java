package org.nura.handoff.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.nura.handoff.control.LiveEvents;
import org.nura.platform.control.RedisClients;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

/**
 * Subscribes this node to the live event channel and hands other nodes' events to the local SSE connections; when
 * Redis goes away it keeps trying to resubscribe (this node's own events never depend on it).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class LiveEventRelay {

    private static final Logger LOG = Logger.getLogger(LiveEventRelay.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    RedisClients redisClients;

    @Inject
    LiveEvents events;

    private volatile boolean running;
    private volatile JedisPubSub subscription;
    private Thread thread;

    @PostConstruct
    void start() {
        running = true;
        thread = threads.newThread(this::run);
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        JedisPubSub current = subscription;
        if (current != null && current.isSubscribed()) {
            current.unsubscribe();
        }
        thread.interrupt();
    }

    private void run() {
        long backoff = 250;
        while (running) {
            try (Jedis jedis = redisClients.subscriber()) {
                subscription = new Relay();
                jedis.subscribe(subscription, events.channel());
                backoff = 250;
            } catch (RuntimeException e) {
                LOG.fine(() -> "live event subscription lost: " + e.getMessage());
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, 5000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Delivers what arrives on the channel. */
    private final class Relay extends JedisPubSub {
        @Override
        public void onMessage(String channel, String message) {
            events.received(message);
        }
    }
}
