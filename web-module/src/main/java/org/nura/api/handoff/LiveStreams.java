package org.nura.api.handoff;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.nura.handoff.control.AttachmentLinks;
import org.nura.handoff.control.LiveEvent;
import org.nura.handoff.control.LiveEvents;

/**
 * This node's open Server-Sent Event streams: customers' (one session each) and agents'. Live events from the hub
 * go to the streams that may see them; a stream that reconnects with Last-Event-ID is first replayed what it missed.
 */
@ApplicationScoped
public class LiveStreams {

    private static final long HEARTBEAT_SECONDS = 15;

    @Inject
    LiveEvents events;

    /** Attachment events get their download link as they are sent: stored ones have none, links expire. */
    @Inject
    AttachmentLinks links;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private Runnable stopListening;
    private ScheduledFuture<?> heartbeat;

    /**
     * Starts listening with the first stream rather than at deployment: during a redeploy on a restarted Payara
     * Server the container's executor was not yet injectable when the application scope began.
     */
    private synchronized void ensureStarted() {
        if (stopListening == null) {
            stopListening = events.listen(this::dispatch);
            heartbeat = scheduler.scheduleAtFixedRate(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                    TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (stopListening != null) {
            stopListening.run();
        }
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        streams.forEach(Stream::close);
    }

    /** Opens a customer's stream for one session, replaying events after {@code lastEventId} when given. */
    public void openCustomer(String sessionId, long lastEventId, SseEventSink sink, Sse sse) {
        open(new Stream(sessionId, sink, sse, lastEventId), lastEventId > 0
                ? () -> events.missedBySession(sessionId, lastEventId) : List::of);
    }

    /** Opens an agent's stream, replaying events after {@code lastEventId} when given. */
    public void openAgent(long lastEventId, SseEventSink sink, Sse sse) {
        open(new Stream(null, sink, sse, lastEventId), lastEventId > 0
                ? () -> events.missedByAgents(lastEventId) : List::of);
    }

    public int openStreams() {
        return streams.size();
    }

    private void open(Stream stream, java.util.function.Supplier<List<LiveEvent>> missed) {
        ensureStarted();
        // registered before the replay so nothing published meanwhile is lost; the stream holds such live events
        // back until the replay is out, since sending a newer one first would make it skip the older replayed ones
        streams.add(stream);
        stream.comment("connected");
        stream.replay(missed.get());
    }

    private void dispatch(LiveEvent event) {
        for (Stream stream : streams) {
            if (stream.wants(event)) {
                stream.send(event);
            }
        }
        streams.removeIf(Stream::closed);
    }

    private void beat() {
        streams.forEach(s -> s.comment("keep-alive"));
        streams.removeIf(Stream::closed);
    }

    /** One open SSE connection; sends in id order and never the same event twice. */
    private final class Stream {
        private final String sessionId;
        private final SseEventSink sink;
        private final Sse sse;
        private long lastSent;
        /** Live events that arrived while the replay was being read; null once the replay is out. */
        private List<LiveEvent> heldBack = new java.util.ArrayList<>();

        Stream(String sessionId, SseEventSink sink, Sse sse, long lastSent) {
            this.sessionId = sessionId;
            this.sink = sink;
            this.sse = sse;
            this.lastSent = lastSent;
        }

        boolean wants(LiveEvent event) {
            return sessionId == null ? event.forAgents() : event.forCustomer() && sessionId.equals(event.sessionId());
        }

        /** Sends the replay, then what arrived live meanwhile, in id order; from then on events go straight out. */
        synchronized void replay(List<LiveEvent> missed) {
            List<LiveEvent> arrived = heldBack;
            heldBack = null;
            missed.forEach(this::send);
            arrived.stream().sorted(java.util.Comparator.comparingLong(LiveEvent::id)).forEach(this::send);
        }

        synchronized void send(LiveEvent event) {
            if (heldBack != null) {
                if (!event.isTransient()) { // a typing signal that waited for a replay is stale: dropped
                    heldBack.add(event);
                }
                return;
            }
            if (event.isTransient()) {
                // no SSE id: the client's Last-Event-ID stays on the last stored event, so resuming skips nothing
                out(sse.newEventBuilder().name(event.type()), event.payload());
                return;
            }
            if (event.id() <= lastSent || sink.isClosed()) {
                return;
            }
            lastSent = event.id();
            out(sse.newEventBuilder().id(String.valueOf(event.id())).name(event.type()), links.payloadFor(event));
        }

        private void out(jakarta.ws.rs.sse.OutboundSseEvent.Builder builder, String payload) {
            if (sink.isClosed()) {
                return;
            }
            sink.send(builder.mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, payload).build())
                    .exceptionally(failure -> {
                        close();
                        return null;
                    });
        }

        synchronized void comment(String text) {
            if (!sink.isClosed()) {
                sink.send(sse.newEventBuilder().comment(text).build()).exceptionally(failure -> {
                    close();
                    return null;
                });
            }
        }

        boolean closed() {
            return sink.isClosed();
        }

        void close() {
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // already gone: the client hung up
            }
        }
    }
}
