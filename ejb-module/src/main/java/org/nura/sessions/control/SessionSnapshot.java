package org.nura.sessions.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import org.nura.platform.control.JsonSupport;
import org.nura.sessions.entity.Session;

/** The live state of a session as cached in Redis: enough to check a token and know who holds the session. */
public record SessionSnapshot(String sessionId, String tokenHash, String customerId, String channel, String lang,
        String status, String handoffReason, String assignedAgent, int lowConfidenceStreak, String history,
        long version) {

    public static SessionSnapshot of(Session s) {
        return new SessionSnapshot(s.sessionId(), s.sessionTokenHash(), s.customerId(), s.channel(), s.lang(),
                s.status(), s.handoffReason(), s.assignedAgent(), s.lowConfidenceStreak(), s.history(), s.version());
    }

    public boolean heldByHuman() {
        return Session.PENDING_HANDOFF.equals(status) || Session.HUMAN_ACTIVE.equals(status);
    }

    public String toJson() {
        JsonObjectBuilder b = JsonSupport.objectBuilder().add("session_id", sessionId).add("token_hash", tokenHash)
                .add("channel", channel).add("status", status).add("low_confidence_streak", lowConfidenceStreak)
                .add("history", History.array(history)).add("version", version);
        optional(b, "customer_id", customerId);
        optional(b, "lang", lang);
        optional(b, "handoff_reason", handoffReason);
        optional(b, "assigned_agent", assignedAgent);
        return b.build().toString();
    }

    public static SessionSnapshot fromJson(String json) {
        try (JsonReader reader = JsonSupport.reader(json)) {
            JsonObject o = reader.readObject();
            return new SessionSnapshot(o.getString("session_id"), o.getString("token_hash"),
                    o.getString("customer_id", null), o.getString("channel"), o.getString("lang", null),
                    o.getString("status"), o.getString("handoff_reason", null), o.getString("assigned_agent", null),
                    o.getInt("low_confidence_streak", 0), o.getJsonArray("history").toString(),
                    o.getJsonNumber("version").longValue());
        }
    }

    private static void optional(JsonObjectBuilder b, String key, String value) {
        if (value != null) {
            b.add(key, value);
        }
    }
}
