package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import org.nura.handoff.events.HandoffStarted;
import org.nura.jobs.control.JobDispatcher;
import org.nura.jobs.control.JobFailure;
import org.nura.jobs.control.JobHandler;
import org.nura.jobs.control.WebhookSender;
import org.nura.jobs.entity.Job;
import org.nura.platform.control.JsonSupport;
import org.nura.platform.control.NuraConfig;
import org.nura.platform.control.Resources;

/**
 * Tells the operator's system about a new handoff: POSTs {@code handoff.requested} to ESCALATION_WEBHOOK_URL, signed,
 * with the job id as delivery id (the same on every attempt, so receivers can de-duplicate). Enqueued for each new
 * handoff while a URL is configured, in the transaction that started the handoff.
 */
@ApplicationScoped
public class EscalationWebhookJob implements JobHandler {

    public static final String TYPE = "escalation_webhook";
    public static final String EVENT = "handoff.requested";

    @Inject
    WebhookSender sender;

    @Inject
    NuraConfig config;

    @Inject
    JobDispatcher jobs;

    /** The event data as of the handoff; it is what every attempt delivers. */
    public static String payload(HandoffStarted h) {
        return JsonSupport.objectBuilder().add("session_id", h.sessionId())
                .add("customer_id", Objects.requireNonNullElse(h.customerId(), ""))
                .add("channel", Objects.requireNonNullElse(h.channel(), ""))
                .add("reason", Objects.requireNonNullElse(h.reason(), ""))
                .add("lang", Objects.requireNonNullElse(h.lang(), ""))
                .add("requested_at", h.requestedAt().toString()).build().toString();
    }

    void handoffStarted(@Observes HandoffStarted handoff) {
        if (config.escalationWebhookUrl().isPresent()) {
            jobs.enqueue(TYPE, () -> payload(handoff), handoff.sessionId());
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String queue() {
        return Resources.WEBHOOK_QUEUE;
    }

    @Override
    public Optional<String> deadLetterQueue() {
        return Optional.of(Resources.WEBHOOK_DEAD_LETTER_QUEUE);
    }

    @Override
    public void run(Job job) throws JobFailure {
        URI url = target(config.escalationWebhookUrl().orElse(null));
        sender.deliver(new WebhookSender.Delivery(url, EVENT, job.jobId(), job.attempts(), body(job),
                config.escalationWebhookSecret()), config.escalationWebhookTimeout());
    }

    /** The configured receiver; a missing or unusable URL fails the attempt (the job ends dead, for a re-drive). */
    static URI target(String url) throws JobFailure {
        if (url == null) {
            throw new JobFailure("ESCALATION_WEBHOOK_URL is no longer set");
        }
        try {
            URI uri = new URI(url);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new JobFailure("ESCALATION_WEBHOOK_URL is not an http(s) URL: " + url);
    }

    static String body(Job job) {
        JsonObject data = JsonSupport.reader(job.payload()).readObject();
        return JsonSupport.objectBuilder().add("id", job.jobId()).add("event", EVENT)
                .add("created_at", job.createdAt().toString()).add("data", data).build().toString();
    }
}
