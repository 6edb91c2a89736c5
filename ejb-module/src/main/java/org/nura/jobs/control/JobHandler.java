package org.nura.jobs.control;

import java.util.Optional;
import org.nura.jobs.entity.Job;

/**
 * Does the work of one job type inside the consumer's transaction. Each component registers its own handlers as CDI
 * beans (classes named {@code *Job}); the jobs component finds them by {@link #type()} and knows none of them.
 */
public interface JobHandler {

    /** The name stored in {@code jobs.job_type}, unique among the handlers. */
    String type();

    /** The JNDI name of the queue this type's messages travel on (one of {@code platform.control.Resources}). */
    String queue();

    /** Where exhausted jobs wait for an operator's re-drive; empty for jobs that cannot fail. */
    default Optional<String> deadLetterQueue() {
        return Optional.empty();
    }

    /** Runs one attempt; a {@link JobFailure} schedules the next attempt, anything else rolls the delivery back. */
    void run(Job job) throws JobFailure;
}
