package org.nura.handoff.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.nura.handoff.control.LiveEvent;
import org.nura.platform.control.JsonSupport;

/**
 * A live event the agents may see, read for the console: {@code type} is customer_message, agent_message or
 * status; the other fields are null where the event has none.
 */
public record LiveUpdate(long id, String sessionId, String type, String text, String messageId,
        String handoffStatus, String agent, String agentName, String createdAt) {

    static LiveUpdate of(LiveEvent event) {
        try (JsonReader reader = JsonSupport.reader(event.payload())) {
            JsonObject p = reader.readObject();
            return new LiveUpdate(event.id(), event.sessionId(), event.type(), p.getString("text", null),
                    p.getString("message_id", null), p.getString("handoff_status", null), p.getString("agent", null),
                    p.getString("agent_name", null), p.getString("created_at", p.getString("at", null)));
        }
    }
}
