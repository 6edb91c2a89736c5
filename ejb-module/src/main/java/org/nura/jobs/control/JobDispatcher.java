package org.nura.jobs.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nura.jobs.entity.Job;

/**
 * Stores a job and sends its JMS message inside the caller's transaction: the message leaves only if the
 * transaction commits, so a job exists if and only if its data does.
 */
@ApplicationScoped
public class JobDispatcher {

    /** The server-side queue created by the deployment scripts (app-defined queues broke on Payara Server). */
    public static final String QUEUE = "jms/JobQueue";

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    public Job dispatch(String type, String payload) {
        Job job = new Job(type, payload);
        em.persist(job);
        String message = Json.createObjectBuilder()
                .add("job_id", job.jobId())
                .add("type", job.jobType())
                .build().toString();
        jms.createProducer().setProperty("job_type", type).send(queue, message);
        return job;
    }
}
