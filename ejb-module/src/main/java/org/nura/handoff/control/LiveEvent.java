package org.nura.handoff.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.nura.handoff.entity.LiveEventRecord;
import org.nura.platform.control.JsonSupport;

/**
 * A committed live event as it travels between nodes and to SSE clients. {@code audience} says who sees it:
 * the session's customer, the agents, or both; {@code payload} is the JSON the client receives as data.
 */
public record LiveEvent(long id, String sessionId, String audience, String type, String payload) {

    public static LiveEvent of(LiveEventRecord record) {
        return new LiveEvent(record.id(), record.sessionId(), record.audience(), record.eventType(), record.payload());
    }

    /** A transient event (typing): never stored, sent without an SSE id, never replayed. */
    public boolean isTransient() {
        return id == 0;
    }

    public boolean forCustomer() {
        return "customer".equals(audience) || "both".equals(audience);
    }

    public boolean forAgents() {
        return "agents".equals(audience) || "both".equals(audience);
    }

    /** The event as published on the Redis channel, with the node it comes from so that node can skip it. */
    public String toWire(String node) {
        return JsonSupport.objectBuilder().add("id", id).add("session_id", sessionId).add("audience", audience)
                .add("type", type).add("payload", payload).add("node", node).build().toString();
    }

    /** The node a wire message comes from, or null for a message without one. */
    public static String originOf(String wire) {
        try (JsonReader reader = JsonSupport.reader(wire)) {
            return reader.readObject().getString("node", null);
        }
    }

    public static LiveEvent fromWire(String wire) {
        try (JsonReader reader = JsonSupport.reader(wire)) {
            JsonObject o = reader.readObject();
            return new LiveEvent(o.getJsonNumber("id").longValue(), o.getString("session_id"), o.getString("audience"),
                    o.getString("type"), o.getString("payload"));
        }
    }
}
