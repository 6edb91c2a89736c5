package org.nura.jobs.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.nura.jobs.entity.Job;
import org.nura.platform.control.AfterCommit;
import org.nura.platform.control.Metrics;

/**
 * A transactional outbox for the jobs that customer requests start: the job row is written in the caller's
 * transaction, and its message is sent only after that transaction committed, on a managed thread. The broker then
 * takes no part in the request's transaction, so the commit is a one-phase commit of PostgreSQL instead of a
 * two-phase commit with the broker's transaction log (issue #17: the send and the commit protocol cost about a tenth
 * of a message's CPU, and the request waited for them). "A job exists if and only if its data committed" still
 * holds: a rolled-back transaction sends nothing, and a message lost between the commit and the send (a node dying
 * in between, a broker down) is sent by the recovery sweep once the job is JOB_STALE_SECONDS overdue.
 */
@ApplicationScoped
public class JobOutbox {

    private static final Logger LOG = Logger.getLogger(JobOutbox.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory factory;

    @Inject
    Metrics metrics;

    /** How long the drain task waits for the next message before it ends: under load one task sends them all. */
    private static final long LINGER_MS = 2000;

    /** Messages of committed jobs not sent yet, and whether a drain task is running (or about to). */
    private final LinkedBlockingQueue<Outgoing> pending = new LinkedBlockingQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    /** What a message carries; taken from the job inside the transaction, as the entity is not read after it. */
    record Outgoing(String jobId, String type, int attempt, String text, Queue queue) {
    }

    /** Sends {@code message} once the caller's transaction has committed (at once when there is none). */
    void sendAfterCommit(Job job, JobHandler type, Queue queue) {
        Outgoing message = new Outgoing(job.jobId(), type.type(), job.nextAttempt(),
                new JobMessage(job.jobId(), type.type(), job.nextAttempt()).toJson(), queue);
        AfterCommit.run(transactions, () -> sendLater(message));
    }

    /**
     * Queues the message for the one drain task; a new task is submitted only when none runs. A task per message
     * cost more than its send: the managed executor captures the caller's context for every task (a ServiceLoader
     * walk through the EAR's class loaders, ~5% of a message's CPU in issue #17's second profile), and every send
     * opened a JMS context of its own. The task lingers a little for the next message, so that under load it runs on.
     */
    private void sendLater(Outgoing message) {
        pending.add(message);
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false);
                failPending(e);
            }
        }
    }

    /**
     * Sends what is pending through one JMS context until nothing has come for {@link #LINGER_MS}; nothing queued
     * meanwhile is missed.
     */
    private void drain() {
        do {
            try (JMSContext jms = factory.createContext()) {
                for (Outgoing message = next(); message != null; message = next()) {
                    send(jms, message);
                }
            } catch (JMSRuntimeException e) {
                // the context itself failed (broker down): what is pending is left to the recovery sweep
                failPending(e);
            } finally {
                draining.set(false);
            }
            // a message added after the last poll but before the flag was cleared found the flag still set
        } while (!Thread.currentThread().isInterrupted() && !pending.isEmpty() && draining.compareAndSet(false, true));
    }

    /** The next message; waits only when none is ready, so that an interrupted task still sends what is queued. */
    private Outgoing next() {
        Outgoing ready = pending.poll();
        if (ready != null) {
            return ready;
        }
        try {
            return pending.poll(LINGER_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping: what is left goes with the recovery sweep
            return null;
        }
    }

    private void send(JMSContext jms, Outgoing message) {
        try {
            jms.createProducer().setProperty("job_id", message.jobId()).setProperty("job_type", message.type())
                    .send(message.queue(), message.text());
        } catch (JMSRuntimeException e) {
            failed(message, e);
        }
    }

    private void failPending(RuntimeException e) {
        for (Outgoing lost = pending.poll(); lost != null; lost = pending.poll()) {
            failed(lost, e);
        }
    }

    private void failed(Outgoing message, RuntimeException e) {
        metrics.count("nura.jobs.enqueue_failures", "type", message.type());
        LOG.warning(() -> "Could not send " + message.type() + " job " + message.jobId()
                + " after its commit; the recovery sweep will: " + e);
    }
}
