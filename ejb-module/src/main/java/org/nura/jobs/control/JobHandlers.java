package org.nura.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.nura.jobs.entity.Job;

/** The job handlers the components registered, found by their type id. */
@ApplicationScoped
public class JobHandlers {

    @Inject
    @Any
    Instance<JobHandler> handlers;

    public Optional<JobHandler> of(String type) {
        return handlers.stream().filter(h -> h.type().equals(type)).findFirst();
    }

    /** The handler of a stored job; a job whose type no longer has a handler is a deployment mistake. */
    public JobHandler of(Job job) {
        return of(job.jobType()).orElseThrow(() -> new IllegalStateException("unknown job type " + job.jobType()));
    }

    public List<JobHandler> all() {
        return handlers.stream().toList();
    }

    /** The registered type ids, sorted, for messages that list them. */
    public List<String> types() {
        return all().stream().map(JobHandler::type).sorted().toList();
    }
}
