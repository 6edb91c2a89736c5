package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Restarting keeps the data, migrations already applied are not applied again, and a dead job's message is still in
 * its dead-letter queue (the broker's store) to be re-driven.
 */
@ExtendWith(NuraServer.class)
class RestartIT {

    @Test
    void restartKeepsDataAndMigrationsAreIdempotent() throws Exception {
        String history = "SELECT count(*) FROM flyway_schema_history";
        long migrations = NuraServer.queryLong(history);
        Api.Reply job = Api.post("/v1/jobs/diagnostics", "{}", Api.bearer());
        assertEquals(202, job.status());
        String id = job.json().getJsonObject("job").getString("job_id");
        EscalationWebhookIT.DeadWebhook deadBefore = EscalationWebhookIT.deadWebhook("restart-webhook");
        String webhookJob = deadBefore.jobId();
        String session = deadBefore.sessionId();

        NuraServer.restart();

        assertEquals(200, Api.get("/v1/health").status());
        assertEquals(migrations, NuraServer.queryLong(history), "no migration ran twice");
        assertEquals(1, NuraServer.queryLong("SELECT count(*) FROM jobs WHERE job_id = ?", id), "data kept");
        JsonObject dead = Api.get("/v1/jobs/" + webhookJob, Api.bearer()).json();
        assertTrue(dead.getBoolean("in_dead_letter_queue"), "the dead letter outlived the restart: " + dead);
        assertEquals(202, Api.post("/v1/jobs/" + webhookJob + "/redrive", "", Api.bearer()).status());
        EscalationWebhookIT.awaitJob(webhookJob, "done");
        assertTrue(Eventually.within(Duration.ofSeconds(10),
                () -> NuraServer.webhooks().deliveriesFor(session).stream().anyMatch(d -> d.answered() == 204)));
    }
}
