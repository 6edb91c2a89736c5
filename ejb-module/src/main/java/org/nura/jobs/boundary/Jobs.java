package org.nura.jobs.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.nura.jobs.control.DiagnosticJob;
import org.nura.jobs.control.JobDispatcher;
import org.nura.jobs.control.JobFailure;
import org.nura.jobs.control.JobHandler;
import org.nura.jobs.control.JobHandlers;
import org.nura.jobs.control.JobMessage;
import org.nura.jobs.control.RetryPolicy;
import org.nura.jobs.entity.Job;
import org.nura.platform.control.Metrics;
import org.nura.platform.control.NuraConfig;
import org.nura.platform.control.NuraException;

/**
 * Background jobs: runs each delivery the broker hands to a consumer (once per attempt, however often it is
 * delivered), schedules retries with growing delays, dead-letters exhausted jobs, and lets operators list and
 * re-drive them. Every method is one container-managed transaction with the JMS sends it makes.
 */
@Stateless
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

    @Inject
    JobDispatcher dispatcher;

    @Inject
    JobHandlers handlers;

    @Inject
    NuraConfig config;

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    Metrics metrics;

    @Resource
    SessionContext context;

    /**
     * Sends a no-op job through the whole pipeline so operators can see JMS working end to end.
     * With {@code rollback} the transaction is rolled back after the send: no message may leave.
     */
    public JobView diagnose(boolean rollback) {
        Job job = dispatcher.dispatch(DiagnosticJob.TYPE, "{}", null);
        if (rollback) {
            context.setRollbackOnly();
        }
        return JobView.of(job, false);
    }

    public Optional<JobView> find(String jobId) {
        return Optional.ofNullable(em.find(Job.class, jobId)).map(job -> JobView.of(job, job.isDead() && dispatcher.inDeadLetters(job)));
    }

    /** The newest jobs in one state (dead ones with whether their message sits in the dead-letter queue). */
    public List<JobView> list(String status, String type, int limit) {
        if (!List.of(Job.QUEUED, Job.RETRYING, Job.DONE, Job.DEAD).contains(status)) {
            throw NuraException.invalid("invalid_status", "status must be queued, retrying, done or dead");
        }
        if (type != null && handlers.of(type).isEmpty()) {
            throw NuraException.invalid("invalid_type", "type must be one of " + String.join(", ", handlers.types()));
        }
        var query = type == null ? em.createNamedQuery("Job.findByStatus", Job.class)
                : em.createNamedQuery("Job.findByStatusAndType", Job.class).setParameter("type", type);
        List<Job> jobs = query.setParameter("status", status).setMaxResults(limit).getResultList();
        Set<String> waiting = Job.DEAD.equals(status) && !jobs.isEmpty() ? dispatcher.deadLetterIds() : Set.of();
        return jobs.stream().map(job -> JobView.of(job, waiting.contains(job.jobId()))).toList();
    }

    /** How many jobs are in each state. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        List.of(Job.QUEUED, Job.RETRYING, Job.DONE, Job.DEAD).forEach(s -> counts.put(s, 0L));
        em.createNamedQuery("Job.countByStatus", Object[].class).getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Takes a dead job out of its dead-letter queue and sends it round again with a fresh set of attempts. */
    public JobView redrive(String jobId) {
        Job job = Optional.ofNullable(em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> NuraException.notFound("job_not_found", "No job " + jobId));
        if (!job.isDead()) {
            throw NuraException.conflict("job_not_dead", "Only a dead job can be re-driven; this one is " + job.status());
        }
        boolean withdrawn = dispatcher.withdrawDeadLetter(job);
        job.redrive();
        dispatcher.send(job, Duration.ZERO);
        count("nura.jobs.redriven", job);
        LOG.info(() -> "Job " + jobId + " re-driven by an operator" + (withdrawn ? "" : " (no dead letter was waiting)"));
        return JobView.of(job, false);
    }

    /**
     * Runs one delivery. A duplicate or stale delivery changes nothing. {@code rolledBack} is set when the broker
     * redelivers after the previous delivery of this attempt rolled back (a system failure): that attempt counts as
     * failed and is retried after its delay, instead of at once and for ever. System failures here propagate.
     */
    public void process(JobMessage message, String rolledBack) {
        Optional<Job> awaited = awaited(message);
        if (awaited.isEmpty()) {
            return;
        }
        Job job = awaited.get();
        job.startAttempt();
        if (rolledBack != null) {
            failed(job, rolledBack);
            return;
        }
        try {
            handler(job).run(job);
            job.complete();
            count("nura.jobs.completed", job);
        } catch (JobFailure failure) {
            failed(job, failure.getMessage());
        }
    }

    /** The message's job, locked, if it awaits exactly this attempt; duplicates and orphans are counted and left. */
    private Optional<Job> awaited(JobMessage message) {
        Job job = em.find(Job.class, message.jobId(), LockModeType.PESSIMISTIC_WRITE);
        metrics.count("nura.jobs.received", "type", job == null ? "orphan" : job.jobType());
        if (job == null) {
            LOG.warning(() -> "Job message without a committed job row, ignored: " + message.jobId());
            return Optional.empty();
        }
        if (!job.awaits(message.attempt())) {
            count("nura.jobs.duplicates", job);
            LOG.fine(() -> "Duplicate delivery of job " + job.jobId() + " attempt " + message.attempt() + " ignored");
            return Optional.empty();
        }
        return Optional.of(job);
    }

    private void failed(Job job, String error) {
        RetryPolicy policy = new RetryPolicy(config.jobMaxAttempts(), config.jobRetryDelay());
        if (policy.exhausted(job.attempts())) {
            job.bury(error);
            dispatcher.deadLetter(job);
            count("nura.jobs.dead_lettered", job);
            LOG.warning(() -> "Job " + job.jobId() + " (" + job.jobType() + ") dead-lettered after " + job.attempts()
                    + " attempts: " + error);
            return;
        }
        Duration delay = policy.delayAfter(job.attempts());
        job.retryAt(error, OffsetDateTime.now().plus(delay));
        dispatcher.send(job, delay);
        count("nura.jobs.retried", job);
        LOG.info(() -> "Job " + job.jobId() + " attempt " + job.attempts() + " failed (" + error + "); next in " + delay);
    }

    /** Sends again the awaited attempt of jobs long overdue (their message was lost, e.g. with a broker's store). */
    public int recoverOverdue() {
        OffsetDateTime now = OffsetDateTime.now();
        List<Job> overdue = em.createNamedQuery("Job.findOverdue", Job.class)
                .setParameter("before", now.minus(config.jobStaleAfter())).setMaxResults(100)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Job job : overdue) {
            dispatcher.send(job, Duration.ZERO);
            job.resent(now);
            count("nura.jobs.recovered", job);
            LOG.warning(() -> "Job " + job.jobId() + " was overdue; its attempt " + job.nextAttempt() + " was sent again");
        }
        return overdue.size();
    }

    /** Deletes done jobs older than JOB_RETENTION_DAYS: one row per customer message would otherwise pile up. */
    public int purgeFinished() {
        return em.createNamedQuery("Job.deleteDoneBefore")
                .setParameter("before", OffsetDateTime.now().minus(config.jobRetention())).executeUpdate();
    }

    private JobHandler handler(Job job) throws JobFailure {
        return handlers.of(job.jobType()).orElseThrow(() -> new JobFailure("no handler for job type " + job.jobType()));
    }

    private void count(String name, Job job) {
        metrics.count(name, "type", job.jobType());
    }
}
