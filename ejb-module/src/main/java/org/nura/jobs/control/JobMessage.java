package org.nura.jobs.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.nura.platform.control.JsonSupport;

/** The JSON text of a job message: which job, of what type, for which attempt. The data stays in the job row. */
public record JobMessage(String jobId, String type, int attempt) {

    public String toJson() {
        return JsonSupport.objectBuilder().add("job_id", jobId).add("type", type).add("attempt", attempt).build()
                .toString();
    }

    /** Reads a message; one without an attempt number (sent before retries existed) is the first attempt. */
    public static JobMessage parse(String text) {
        try (JsonReader reader = JsonSupport.reader(text)) {
            JsonObject json = reader.readObject();
            return new JobMessage(json.getString("job_id"), json.getString("type", ""), json.getInt("attempt", 1));
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("not a job message: " + abbreviate(text), e);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
