package org.nura.jobs.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.nura.jobs.control.JobDispatcher;
import org.nura.jobs.entity.Job;

/** Enqueues background jobs and processes them when the broker delivers them. */
@Stateless
public class Jobs {

    static final String DIAGNOSTIC = "diagnostic";
    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

    @Inject
    JobDispatcher dispatcher;

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    MetricRegistry metrics;

    @Resource
    SessionContext context;

    /**
     * Sends a no-op job through the whole pipeline so operators can see JMS working end to end.
     * With {@code rollback} the transaction is rolled back after the send: no message may leave.
     */
    public JobView diagnose(boolean rollback) {
        Job job = dispatcher.dispatch(DIAGNOSTIC, "{}");
        if (rollback) {
            context.setRollbackOnly();
        }
        return JobView.of(job);
    }

    public Optional<JobView> find(String jobId) {
        return Optional.ofNullable(em.find(Job.class, jobId)).map(JobView::of);
    }

    /** Runs one delivery. Redeliveries of a finished job change nothing; failures propagate so the broker retries. */
    public void process(String message) {
        String jobId = jobId(message);
        Job job = em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        String type = job == null ? "orphan" : job.jobType();
        metrics.counter("nura.jobs.received", new Tag("type", type)).inc();
        if (job == null) {
            LOG.warning(() -> "Job message without a committed job row, ignored: " + jobId);
            return;
        }
        if (job.isDone()) {
            metrics.counter("nura.jobs.duplicates", new Tag("type", type)).inc();
            return;
        }
        job.startAttempt();
        if (!DIAGNOSTIC.equals(job.jobType())) {
            job.fail("no handler for job type " + job.jobType(), true);
            return;
        }
        job.complete();
    }

    private static String jobId(String message) {
        try (JsonReader reader = Json.createReader(new StringReader(message))) {
            JsonObject json = reader.readObject();
            return json.getString("job_id");
        }
    }
}
