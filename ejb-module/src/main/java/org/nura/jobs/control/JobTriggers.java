package org.nura.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.nura.conversation.boundary.CustomerMessageLogged;
import org.nura.handoff.boundary.HandoffStarted;
import org.nura.platform.control.NuraConfig;

/**
 * Enqueues the jobs other components' events call for, inside the transaction that fired them: an insight per
 * customer message, an escalation webhook per new handoff. If the broker refuses the send, the customer's turn still
 * commits with the job row, and the recovery sweep sends the job later.
 */
@ApplicationScoped
public class JobTriggers {

    private static final Logger LOG = Logger.getLogger(JobTriggers.class.getName());

    @Inject
    JobDispatcher dispatcher;

    @Inject
    NuraConfig config;

    @Inject
    MetricRegistry metrics;

    void customerMessage(@Observes CustomerMessageLogged message) {
        if (config.backgroundJobsEnabled()) {
            enqueue(JobType.INSIGHT, () -> InsightJob.payload(message), message.messageId());
        }
    }

    void handoffStarted(@Observes HandoffStarted handoff) {
        if (config.backgroundJobsEnabled() && config.escalationWebhookUrl().isPresent()) {
            enqueue(JobType.ESCALATION_WEBHOOK, () -> EscalationWebhookJob.payload(handoff), handoff.sessionId());
        }
    }

    private void enqueue(JobType type, Supplier<String> payload, String reference) {
        try {
            dispatcher.dispatch(type, payload.get(), reference);
        } catch (JMSRuntimeException e) {
            metrics.counter("nura.jobs.enqueue_failures", new Tag("type", type.id())).inc();
            LOG.warning(() -> "Could not send a " + type.id() + " job for " + reference
                    + " now; the recovery sweep will: " + e);
        }
    }
}
