package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Restarting keeps the data, migrations already applied are not applied again, and a dead job's message is still in
 * its dead-letter queue (the broker's store) to be re-driven. While the server restarts, a customer gets the JSON 503
 * with Retry-After or no connection at all, never Payara's HTML 404 or an error of a half-loaded application.
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

        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicBoolean restarting = new AtomicBoolean(true);
        Thread customer = new Thread(() -> askWhile(restarting, answers));
        customer.start();
        try {
            NuraServer.restart();
        } finally {
            restarting.set(false);
            customer.join();
        }
        assertTrue(answers.keySet().stream().allMatch(k -> k.equals("200") || k.equals("503 json retry-after")
                || k.equals("no connection")), "answers while restarting: " + answers);
        assertTrue(answers.getOrDefault("503 json retry-after", 0) > 0, "the gate answered: " + answers);

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

    /** A customer asking every 100 ms until the restart is over; each answer is counted by what a client can tell. */
    private static void askWhile(AtomicBoolean restarting, Map<String, Integer> answers) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int asked = 0;
        while (restarting.get()) {
            // each ask a customer of its own (the harness is the server's trusted proxy): the per-address limit on
            // new sessions would otherwise answer 429 once a slow stop lets more than 30 a minute through
            HttpRequest ask = HttpRequest.newBuilder(URI.create(NuraServer.baseUrl() + "/v1/message"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "198.19." + (asked / 256 % 256) + "." + (asked++ % 256))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"What are your working hours?\"}")).build();
            String kind;
            try {
                HttpResponse<String> reply = http.send(ask, HttpResponse.BodyHandlers.ofString());
                kind = String.valueOf(reply.statusCode());
                if (reply.statusCode() == 503 && reply.body().startsWith("{\"error\":{\"code\":\"unavailable\"")
                        && reply.headers().firstValue("Retry-After").isPresent()) {
                    kind = "503 json retry-after";
                } else if (reply.statusCode() != 200) {
                    kind += " " + reply.headers().firstValue("Content-Type").orElse("") + " "
                            + reply.body().substring(0, Math.min(80, reply.body().length()));
                }
            } catch (IOException e) {
                kind = "no connection";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answers.merge(kind, 1, Integer::sum);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
