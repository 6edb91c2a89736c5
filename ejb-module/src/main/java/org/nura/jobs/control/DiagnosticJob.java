package org.nura.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.nura.jobs.entity.Job;

/** The no-op job operators send to see the JMS path work end to end: reaching this handler is the whole test. */
@ApplicationScoped
public class DiagnosticJob implements JobHandler {

    @Override
    public JobType type() {
        return JobType.DIAGNOSTIC;
    }

    @Override
    public void run(Job job) {
        // delivered after commit, exactly once per attempt: nothing else to do
    }
}
