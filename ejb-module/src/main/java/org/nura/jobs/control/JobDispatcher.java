package org.nura.jobs.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nura.jobs.entity.Job;

/**
 * Stores jobs and moves their JMS messages, always inside the caller's transaction: a message leaves only if the
 * transaction commits, so a job exists if and only if its data does, and a retry, a dead letter or a re-drive is
 * never half done.
 */
@ApplicationScoped
public class JobDispatcher {

    /** Job ids are UUIDs; anything else never reaches a message selector. */
    private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final long DEAD_LETTER_WAIT_MS = 3000;

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    JMSContext jms;

    // server-side queues created by the deployment scripts (app-defined queues broke on Payara Server)
    @Resource(lookup = "jms/JobQueue")
    Queue jobQueue;

    @Resource(lookup = "jms/InsightQueue")
    Queue insightQueue;

    @Resource(lookup = "jms/InsightDeadLetterQueue")
    Queue insightDeadLetters;

    @Resource(lookup = "jms/WebhookQueue")
    Queue webhookQueue;

    @Resource(lookup = "jms/WebhookDeadLetterQueue")
    Queue webhookDeadLetters;

    private Map<String, Queue> queues;

    @PostConstruct
    void mapQueues() {
        queues = Map.of("jms/JobQueue", jobQueue, "jms/InsightQueue", insightQueue,
                "jms/InsightDeadLetterQueue", insightDeadLetters, "jms/WebhookQueue", webhookQueue,
                "jms/WebhookDeadLetterQueue", webhookDeadLetters);
    }

    public Job dispatch(JobType type, String payload, String reference) {
        Job job = new Job(type.id(), payload, reference);
        em.persist(job);
        send(job, Duration.ZERO);
        return job;
    }

    /** Sends the message for the job's next attempt, delivered no sooner than {@code delay} from now. */
    public void send(Job job, Duration delay) {
        JobType type = typeOf(job);
        jms.createProducer().setProperty("job_id", job.jobId()).setProperty("job_type", type.id())
                .setDeliveryDelay(delay.toMillis())
                .send(queues.get(type.queue()), new JobMessage(job.jobId(), type.id(), job.nextAttempt()).toJson());
    }

    /** Puts the job's message into its type's dead-letter queue, where operators find and re-drive it. */
    public void deadLetter(Job job) {
        JobType type = typeOf(job);
        type.deadLetterQueue().ifPresent(dlq -> jms.createProducer().setProperty("job_id", job.jobId())
                .setProperty("job_type", type.id())
                .send(queues.get(dlq), new JobMessage(job.jobId(), type.id(), job.attempts()).toJson()));
    }

    /** Takes the job's message out of its dead-letter queue; false if it is not there. */
    public boolean withdrawDeadLetter(Job job) {
        var dlq = typeOf(job).deadLetterQueue();
        if (dlq.isEmpty()) {
            return false;
        }
        try (JMSConsumer consumer = jms.createConsumer(queues.get(dlq.get()), selector(job))) {
            return consumer.receive(DEAD_LETTER_WAIT_MS) != null;
        }
    }

    /** Whether the job's message is waiting in its dead-letter queue (browsed, not taken). */
    public boolean inDeadLetters(Job job) {
        var dlq = typeOf(job).deadLetterQueue();
        if (dlq.isEmpty()) {
            return false;
        }
        try (QueueBrowser browser = jms.createBrowser(queues.get(dlq.get()), selector(job))) {
            return browser.getEnumeration().hasMoreElements();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse " + dlq.get(), e);
        }
    }

    /** The ids of all jobs whose message waits in a dead-letter queue: one browse per queue for a whole page. */
    public Set<String> deadLetterIds() {
        Set<String> ids = new HashSet<>();
        for (JobType type : JobType.values()) {
            type.deadLetterQueue().ifPresent(dlq -> ids.addAll(jobIdsIn(dlq)));
        }
        return ids;
    }

    private Set<String> jobIdsIn(String dlq) {
        Set<String> ids = new HashSet<>();
        try (QueueBrowser browser = jms.createBrowser(queues.get(dlq))) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                ids.add(((Message) messages.nextElement()).getStringProperty("job_id"));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse " + dlq, e);
        }
        return ids;
    }

    private static String selector(Job job) {
        if (!JOB_ID.matcher(job.jobId()).matches()) {
            throw new IllegalArgumentException("not a job id: " + job.jobId());
        }
        return "job_id = '" + job.jobId() + "'";
    }

    private static JobType typeOf(Job job) {
        return JobType.of(job.jobType())
                .orElseThrow(() -> new IllegalStateException("unknown job type " + job.jobType()));
    }
}
