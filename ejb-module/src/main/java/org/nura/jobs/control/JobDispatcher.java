package org.nura.jobs.control;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.nura.jobs.entity.Job;
import org.nura.platform.control.NuraConfig;

/**
 * Stores jobs and moves their JMS messages, always inside the caller's transaction: a message leaves only if the
 * transaction commits, so a job exists if and only if its data does, and a retry, a dead letter or a re-drive is
 * never half done — except {@link #enqueue}, the way components start their jobs, which sends after the commit
 * (see {@link JobOutbox}). The queue of a type is the one its
 * {@link JobHandler} names, a server-side queue (see {@code platform.control.Resources}).
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

    @Inject
    JobHandlers handlers;

    @Inject
    NuraConfig config;

    @Inject
    JobOutbox outbox;

    private final Map<String, Queue> queues = new ConcurrentHashMap<>();

    /**
     * Enqueues a component's job, unless BACKGROUND_JOBS_ENABLED is off: the job row joins the caller's transaction
     * and its message leaves after the commit, through the {@link JobOutbox}. If the broker refuses the send, the
     * recovery sweep sends it later.
     */
    public void enqueue(String type, Supplier<String> payload, String reference) {
        if (!config.backgroundJobsEnabled()) {
            return;
        }
        JobHandler handler = handlers.of(type).orElseThrow(() -> new IllegalArgumentException("no handler for job type " + type));
        Job job = new Job(type, payload.get(), reference);
        em.persist(job);
        outbox.sendAfterCommit(job, handler, queue(handler.queue()));
    }

    public Job dispatch(String type, String payload, String reference) {
        handlers.of(type).orElseThrow(() -> new IllegalArgumentException("no handler for job type " + type));
        Job job = new Job(type, payload, reference);
        em.persist(job);
        send(job, Duration.ZERO);
        return job;
    }

    /** Sends the message for the job's next attempt, delivered no sooner than {@code delay} from now. */
    public void send(Job job, Duration delay) {
        JobHandler type = handlers.of(job);
        jms.createProducer().setProperty("job_id", job.jobId()).setProperty("job_type", type.type())
                .setDeliveryDelay(delay.toMillis())
                .send(queue(type.queue()), new JobMessage(job.jobId(), type.type(), job.nextAttempt()).toJson());
    }

    /** Puts the job's message into its type's dead-letter queue, where operators find and re-drive it. */
    public void deadLetter(Job job) {
        JobHandler type = handlers.of(job);
        type.deadLetterQueue().ifPresent(dlq -> jms.createProducer().setProperty("job_id", job.jobId())
                .setProperty("job_type", type.type())
                .send(queue(dlq), new JobMessage(job.jobId(), type.type(), job.attempts()).toJson()));
    }

    /** Takes the job's message out of its dead-letter queue; false if it is not there. */
    public boolean withdrawDeadLetter(Job job) {
        var dlq = handlers.of(job).deadLetterQueue();
        if (dlq.isEmpty()) {
            return false;
        }
        try (JMSConsumer consumer = jms.createConsumer(queue(dlq.get()), selector(job))) {
            return consumer.receive(DEAD_LETTER_WAIT_MS) != null;
        }
    }

    /** Whether the job's message is waiting in its dead-letter queue (browsed, not taken). */
    public boolean inDeadLetters(Job job) {
        var dlq = handlers.of(job).deadLetterQueue();
        if (dlq.isEmpty()) {
            return false;
        }
        try (QueueBrowser browser = jms.createBrowser(queue(dlq.get()), selector(job))) {
            return browser.getEnumeration().hasMoreElements();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse " + dlq.get(), e);
        }
    }

    /** The ids of all jobs whose message waits in a dead-letter queue: one browse per queue for a whole page. */
    public Set<String> deadLetterIds() {
        Set<String> ids = new HashSet<>();
        for (JobHandler type : handlers.all()) {
            type.deadLetterQueue().ifPresent(dlq -> ids.addAll(jobIdsIn(dlq)));
        }
        return ids;
    }

    private Set<String> jobIdsIn(String dlq) {
        Set<String> ids = new HashSet<>();
        try (QueueBrowser browser = jms.createBrowser(queue(dlq))) {
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

    /** The server-side queue of that name, looked up once (the names are global: see Resources). */
    private Queue queue(String name) {
        return queues.computeIfAbsent(name, n -> {
            try {
                return (Queue) new InitialContext().lookup(n);
            } catch (NamingException e) {
                throw new IllegalStateException("no queue " + n + " on this server (see deployment/payara)", e);
            }
        });
    }
}
