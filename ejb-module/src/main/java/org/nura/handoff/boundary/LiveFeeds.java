package org.nura.handoff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.nura.handoff.control.LiveEvents;

/**
 * The agents' share of the live events on this node (its own and, through the Redis relay, the other nodes'), for
 * the console's push channels; customer-only events stay out.
 */
@ApplicationScoped
public class LiveFeeds {

    @Inject
    LiveEvents events;

    /**
     * Registers a listener, called on the thread that committed the event (or the relay's): it must be quick and
     * must not block. The returned action removes it.
     */
    public Runnable listen(Consumer<LiveUpdate> listener) {
        return events.listen(event -> {
            if (event.forAgents()) {
                listener.accept(LiveUpdate.of(event));
            }
        });
    }
}
