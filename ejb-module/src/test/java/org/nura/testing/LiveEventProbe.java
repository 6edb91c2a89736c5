package org.nura.testing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.nura.handoff.control.LiveEvent;
import org.nura.handoff.control.LiveEvents;
import org.nura.platform.control.NuraException;

/** A boundary used only by tests: records a live event, then commits or fails. */
@Stateless
public class LiveEventProbe {

    @Inject
    LiveEvents events;

    public LiveEvent record(String sessionId, String text, boolean fail) {
        LiveEvent event = events.record(sessionId, "both", "agent_message",
                Json.createObjectBuilder().add("text", text).build());
        if (fail) {
            throw NuraException.conflict("probe_failed", "the probe was told to fail");
        }
        return event;
    }
}
