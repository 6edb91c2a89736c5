package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every new handoff is POSTed, signed, to ESCALATION_WEBHOOK_URL through the webhook queue; a failing receiver gets
 * retries with growing delays, then the job waits in the dead-letter queue until an operator re-drives it.
 * The server runs with JOB_MAX_ATTEMPTS=4 and JOB_RETRY_DELAY_SECONDS=1 (delays 1, 2, 4 s).
 */
@ExtendWith(NuraServer.class)
class EscalationWebhookIT {

    private final WebhookReceiver receiver = NuraServer.webhooks();

    @Test
    void aNewHandoffIsDeliveredOnceSignedAndFresh() throws Exception {
        Customer customer = new Customer("webhook-once");
        customer.say("I want to talk to a human");
        String session = customer.sessionId();
        List<WebhookReceiver.Delivery> deliveries = awaitDeliveries(session, 1);
        WebhookReceiver.Delivery delivery = deliveries.get(0);
        assertTrue(delivery.signatureValid(), "HMAC-SHA256 of timestamp.body with the shared secret");
        assertTrue(Math.abs(Instant.now().getEpochSecond() - delivery.timestamp()) < 60, "a fresh timestamp");
        assertEquals(1, delivery.attempt());
        JsonObject body = delivery.body();
        assertEquals("handoff.requested", body.getString("event"));
        assertEquals(delivery.deliveryId(), body.getString("id"), "the delivery id is the job id, in body and header");
        JsonObject data = body.getJsonObject("data");
        assertEquals(List.of(session, "webhook-once", "web", "explicit_request", "en"), List.of(data.getString("session_id"),
                data.getString("customer_id"), data.getString("channel"), data.getString("reason"), data.getString("lang")));
        JsonObject job = awaitJob(delivery.deliveryId(), "done");
        assertEquals(List.of("escalation_webhook", session, 1), List.of(job.getString("type"), job.getString("reference"),
                job.getInt("attempts")));
        customer.say("hello? anyone there?"); // more messages in the same handoff are not new handoffs
        Thread.sleep(2000);
        assertEquals(1, receiver.deliveriesFor(session).size(), "one delivery per handoff");
    }

    @Test
    void aReceiverThatFailsTwiceGetsThreeAttemptsWithGrowingDelay() throws Exception {
        String session = handoffAfter("webhook-flaky", s -> receiver.failNext(s, 2));
        List<WebhookReceiver.Delivery> d = awaitDeliveries(session, 3);
        assertEquals(List.of(500, 500, 204), d.stream().map(WebhookReceiver.Delivery::answered).toList());
        assertEquals(List.of(1, 2, 3), d.stream().map(WebhookReceiver.Delivery::attempt).toList());
        assertEquals(1, d.stream().map(WebhookReceiver.Delivery::deliveryId).distinct().count(), "one delivery id");
        assertTrue(d.stream().allMatch(WebhookReceiver.Delivery::signatureValid), "every attempt is signed anew");
        long first = d.get(1).receivedMillis() - d.get(0).receivedMillis();
        long second = d.get(2).receivedMillis() - d.get(1).receivedMillis();
        assertTrue(first >= 900, "waited about 1 s before attempt 2: " + first + " ms");
        assertTrue(second >= 1900 && second > first, "waited about 2 s before attempt 3: " + second + " ms");
        JsonObject job = awaitJob(d.get(0).deliveryId(), "done");
        assertEquals(3, job.getInt("attempts"));
        Thread.sleep(2000);
        assertEquals(3, receiver.deliveriesFor(session).size(), "nothing after the success");
    }

    @Test
    @Tag(NuraServer.SMOKE)
    void aReceiverThatNeverAnswersWellDeadLettersTheJobUntilItIsRedrivenOnce() throws Exception {
        String session = handoffAfter("webhook-down", receiver::failAlways);
        List<WebhookReceiver.Delivery> d = awaitDeliveries(session, 4);
        String jobId = d.get(0).deliveryId();
        JsonObject dead = awaitJob(jobId, "dead");
        assertEquals(4, dead.getInt("attempts"), "JOB_MAX_ATTEMPTS");
        assertTrue(dead.getBoolean("in_dead_letter_queue"), dead.toString());
        assertTrue(dead.getString("last_error").startsWith("receiver answered HTTP 500"), dead.toString());
        Thread.sleep(3000);
        assertEquals(4, receiver.deliveriesFor(session).size(), "no fifth attempt on its own");

        JsonObject listed = Api.get("/v1/jobs?status=dead&type=escalation_webhook", Api.bearer()).json();
        assertTrue(listed.getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
                .anyMatch(j -> jobId.equals(j.getString("job_id")) && j.getBoolean("in_dead_letter_queue")), listed.toString());
        assertTrue(Api.get("/v1/jobs/counts", Api.bearer()).json().getJsonNumber("dead").longValue() >= 1);

        receiver.recover(session);
        Api.Reply redriven = Api.post("/v1/jobs/" + jobId + "/redrive", "", Api.bearer());
        assertEquals(202, redriven.status(), redriven.body());
        assertEquals(List.of("queued", 1), List.of(redriven.json().getString("status"), redriven.json().getInt("redrives")));
        List<WebhookReceiver.Delivery> after = awaitDeliveries(session, 5);
        assertEquals(204, after.get(4).answered());
        assertEquals(jobId, after.get(4).deliveryId());
        JsonObject done = awaitJob(jobId, "done");
        assertFalse(done.getBoolean("in_dead_letter_queue"), "taken out of the dead-letter queue");
        assertEquals(1, done.getInt("attempts"));
        assertEquals(409, Api.post("/v1/jobs/" + jobId + "/redrive", "", Api.bearer()).status(), "a done job stays done");
        Thread.sleep(2000);
        assertEquals(5, receiver.deliveriesFor(session).size(), "the re-driven job succeeded once");
    }

    @Test
    void operatorEndpointsRefuseBadInputAndStrangers() {
        assertEquals(401, Api.get("/v1/jobs?status=dead").status());
        Api.Reply badStatus = Api.get("/v1/jobs?status=sleeping", Api.bearer());
        assertEquals(400, badStatus.status());
        assertEquals("invalid_status", badStatus.json().getJsonObject("error").getString("code"));
        assertEquals(400, Api.get("/v1/jobs?status=dead&type=fax", Api.bearer()).status());
        assertEquals(400, Api.get("/v1/jobs?status=dead&limit=0", Api.bearer()).status());
        assertEquals(404, Api.post("/v1/jobs/00000000-0000-0000-0000-000000000000/redrive", "", Api.bearer()).status());
        assertEquals(404, Api.post("/v1/jobs/not-a-job'/redrive", "", Api.bearer()).status());
        assertEquals(401, Api.post("/v1/jobs/00000000-0000-0000-0000-000000000000/redrive", "").status());
    }

    /** A handoff whose webhook job is dead: the receiver failed every attempt (it is told to work again after). */
    record DeadWebhook(String sessionId, String jobId) {
    }

    static DeadWebhook deadWebhook(String customerId) throws Exception {
        String session = handoffAfter(customerId, NuraServer.webhooks()::failAlways);
        String jobId = Rows.text("SELECT job_id FROM jobs WHERE reference = ? AND job_type = 'escalation_webhook'",
                session);
        awaitJob(jobId, "dead");
        NuraServer.webhooks().recover(session);
        return new DeadWebhook(session, jobId);
    }

    /** A customer greets, the receiver is set up for the session, then the customer asks for a human. */
    private static String handoffAfter(String customerId, java.util.function.Consumer<String> receiverSetup) {
        Customer customer = new Customer(customerId);
        customer.say("hello");
        receiverSetup.accept(customer.sessionId());
        customer.say("I want to talk to a human");
        return customer.sessionId();
    }

    private List<WebhookReceiver.Delivery> awaitDeliveries(String session, int count) throws Exception {
        assertTrue(Eventually.within(Duration.ofSeconds(60), () -> receiver.deliveriesFor(session).size() >= count),
                "expected " + count + " deliveries for " + session + ", got " + receiver.deliveriesFor(session));
        return receiver.deliveriesFor(session);
    }

    static JsonObject awaitJob(String jobId, String status) throws Exception {
        assertTrue(Eventually.within(Duration.ofSeconds(60),
                () -> status.equals(Api.get("/v1/jobs/" + jobId, Api.bearer()).json().getString("status"))),
                "job " + jobId + " never became " + status + ": " + Api.get("/v1/jobs/" + jobId, Api.bearer()).body());
        return Api.get("/v1/jobs/" + jobId, Api.bearer()).json();
    }
}
