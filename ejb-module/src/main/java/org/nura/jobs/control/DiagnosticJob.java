package org.nura.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.nura.jobs.entity.Job;
import org.nura.platform.control.Resources;

/** The no-op job operators send to see the JMS path work end to end: reaching this handler is the whole test. */
@ApplicationScoped
public class DiagnosticJob implements JobHandler {

    public static final String TYPE = "diagnostic";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String queue() {
        return Resources.JOB_QUEUE;
    }

    @Override
    public void run(Job job) {
        // delivered after commit, exactly once per attempt: nothing else to do
    }
}
