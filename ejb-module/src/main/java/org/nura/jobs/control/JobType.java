package org.nura.jobs.control;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of background job, each with its queue and dead-letter queue (server resources made by deployment). */
public enum JobType {

    DIAGNOSTIC("diagnostic", "jms/JobQueue", null),
    INSIGHT("insight", "jms/InsightQueue", "jms/InsightDeadLetterQueue"),
    ESCALATION_WEBHOOK("escalation_webhook", "jms/WebhookQueue", "jms/WebhookDeadLetterQueue");

    private final String id;
    private final String queue;
    private final String deadLetterQueue;

    JobType(String id, String queue, String deadLetterQueue) {
        this.id = id;
        this.queue = queue;
        this.deadLetterQueue = deadLetterQueue;
    }

    public static Optional<JobType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** The name stored in {@code jobs.job_type}. */
    public String id() {
        return id;
    }

    public String queue() {
        return queue;
    }

    /** Empty for jobs that cannot fail (the diagnostic job). */
    public Optional<String> deadLetterQueue() {
        return Optional.ofNullable(deadLetterQueue);
    }
}
