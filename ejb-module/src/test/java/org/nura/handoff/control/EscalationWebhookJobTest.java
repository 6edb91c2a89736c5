package org.nura.handoff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.nura.handoff.events.HandoffStarted;
import org.nura.jobs.control.JobFailure;
import org.nura.jobs.entity.Job;

class EscalationWebhookJobTest {

    @Test
    void onlyHttpUrlsWithAHostAreReceivers() throws JobFailure {
        assertEquals(URI.create("https://ops.example.com/hooks/nura"),
                EscalationWebhookJob.target("https://ops.example.com/hooks/nura"));
        for (String bad : new String[] {"ftp://ops.example.com/x", "ops.example.com/hook", "http:///nohost", "http://a b"}) {
            JobFailure failure = assertThrows(JobFailure.class, () -> EscalationWebhookJob.target(bad), bad);
            assertEquals("ESCALATION_WEBHOOK_URL is not an http(s) URL: " + bad, failure.getMessage());
        }
        assertThrows(JobFailure.class, () -> EscalationWebhookJob.target(null));
    }

    @Test
    void theBodyCarriesTheDeliveryIdAndTheHandoffAsItWas() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-24T04:26:13Z");
        Job job = new Job("escalation_webhook", EscalationWebhookJob.payload(
                new HandoffStarted("s-1", null, "web", "negative_sentiment", "ar", at)), "s-1");
        JsonObject body = Json.createReader(new StringReader(EscalationWebhookJob.body(job))).readObject();
        assertEquals(job.jobId(), body.getString("id"));
        assertEquals("handoff.requested", body.getString("event"));
        JsonObject data = body.getJsonObject("data");
        assertEquals("s-1", data.getString("session_id"));
        assertEquals("", data.getString("customer_id"), "an anonymous customer");
        assertEquals("negative_sentiment", data.getString("reason"));
        assertEquals("2026-11-24T04:26:13Z", data.getString("requested_at"));
        assertEquals(EscalationWebhookJob.body(job), EscalationWebhookJob.body(job), "the same body on every attempt");
    }
}
