package org.nura.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nura.handoff.control.LiveEvent;
import org.nura.handoff.control.LiveEvents;
import org.nura.platform.control.NuraConfig;
import org.nura.platform.control.NuraException;
import org.nura.testing.Deployments;
import org.nura.testing.LiveEventProbe;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

/** Live events leave only after commit, travel through Redis pub/sub, and can be replayed by id. */
@ExtendWith(ArquillianExtension.class)
class LiveEventsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war(LiveEventsIT.class, LiveEventProbe.class);
    }

    @Inject
    LiveEvents events;

    @Inject
    LiveEventProbe probe;

    @Inject
    NuraConfig config;

    @Test
    void committedEventsAreDeliveredOnceRolledBackOnesNever() throws Exception {
        BlockingQueue<LiveEvent> delivered = new LinkedBlockingQueue<>();
        BlockingQueue<String> onChannel = new LinkedBlockingQueue<>();
        Runnable stopListening = events.listen(delivered::add);
        try (Jedis observer = new Jedis(URI.create(config.redisUrl()))) {
            JedisPubSub tap = new JedisPubSub() {
                @Override
                public void onMessage(String channel, String message) {
                    onChannel.add(message);
                }
            };
            Thread tapThread = new Thread(() -> observer.subscribe(tap, "nura:live-events"));
            tapThread.start();
            awaitSubscribed(tap);
            String session = "live-" + UUID.randomUUID();

            assertThrows(NuraException.class, () -> probe.record(session, "never", true));
            LiveEvent committed = probe.record(session, "مرحبا، معك أحمد", false);

            LiveEvent got = delivered.poll(10, TimeUnit.SECONDS);
            assertNotNull(got, "the committed event reached this node's listeners");
            assertEquals(committed.id(), got.id());
            assertTrue(got.payload().contains("مرحبا، معك أحمد"), "text intact: " + got.payload());
            String wire = onChannel.poll(5, TimeUnit.SECONDS);
            assertNotNull(wire, "the event went through Redis, where other nodes receive it");
            assertEquals(committed.id(), LiveEvent.fromWire(wire).id());
            assertNull(delivered.poll(1500, TimeUnit.MILLISECONDS), "no duplicate and no rolled-back event");
            assertNull(onChannel.poll(100, TimeUnit.MILLISECONDS), "nothing else was published");

            assertEquals(1, events.missedBySession(session, 0).size(), "only the committed event is stored");
            assertEquals(0, events.missedBySession(session, committed.id()).size());
            assertTrue(events.missedByAgents(committed.id() - 1).stream().anyMatch(e -> e.id() == committed.id()));
            tap.unsubscribe();
            tapThread.join(2000);
        } finally {
            stopListening.run();
        }
    }

    private static void awaitSubscribed(JedisPubSub tap) throws InterruptedException {
        for (int i = 0; i < 50 && !tap.isSubscribed(); i++) {
            Thread.sleep(100);
        }
        assertTrue(tap.isSubscribed());
        Thread.sleep(500); // the application's own relay subscribes at startup; give it a moment too
    }
}
