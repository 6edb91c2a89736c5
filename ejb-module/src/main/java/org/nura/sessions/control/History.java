package org.nura.sessions.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.nura.platform.control.JsonSupport;

/** The session history as stored (a JSON array of turns), trimmed to the most recent turns. */
public final class History {

    private History() {
    }

    public static List<HistoryTurn> turns(String json) {
        List<HistoryTurn> turns = new ArrayList<>();
        for (JsonValue value : array(json)) {
            JsonObject t = value.asJsonObject();
            turns.add(new HistoryTurn(t.getString("role", ""), t.getString("text", ""), t.getString("at", null),
                    t.getString("message_id", null)));
        }
        return turns;
    }

    /** The stored history with {@code more} appended, keeping the last {@code keep} turns. */
    public static String append(String json, List<HistoryTurn> more, int keep) {
        List<HistoryTurn> all = turns(json);
        all.addAll(more);
        List<HistoryTurn> kept = all.subList(Math.max(0, all.size() - keep), all.size());
        JsonArrayBuilder out = JsonSupport.arrayBuilder();
        for (HistoryTurn t : kept) {
            var turn = JsonSupport.objectBuilder().add("role", t.role()).add("text", t.text());
            if (t.at() != null) {
                turn.add("at", t.at());
            }
            if (t.messageId() != null) {
                turn.add("message_id", t.messageId());
            }
            out.add(turn);
        }
        return out.build().toString();
    }

    static JsonArray array(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        try (JsonReader reader = JsonSupport.reader(json)) {
            return reader.readArray();
        }
    }
}
