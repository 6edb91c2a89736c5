package org.nura.jobs.boundary;

import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;
import org.nura.jobs.control.JobMessage;
import org.nura.jobs.control.SystemFailures;

/**
 * What every job consumer does (each component's MDB for its own queue extends this): hand the message straight to {@link Jobs} in the delivery's transaction. A system
 * failure (database gone, a bug) propagates: the transaction rolls back and the broker redelivers, and the
 * redelivery is counted as a failed attempt with its retry delay. Only a message that can never be a job is dropped,
 * with a log line.
 */
public abstract class QueueConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(QueueConsumer.class.getName());

    @Inject
    Jobs jobs;

    @Inject
    SystemFailures failures;

    @Override
    public void onMessage(Message message) {
        JobMessage job = read(message);
        if (job == null) {
            return;
        }
        boolean redelivered = redelivered(message);
        try {
            jobs.process(job, redelivered ? failures.take(job).orElse("rolled back; see the server log") : null);
        } catch (RuntimeException e) {
            failures.remember(job, e);
            throw e;
        }
    }

    private JobMessage read(Message message) {
        try {
            if (message instanceof TextMessage text && text.getText() != null) {
                return JobMessage.parse(text.getText());
            }
            LOG.severe(() -> "Dropped a message that is not a JSON text job message on " + getClass().getSimpleName());
        } catch (JMSException | IllegalArgumentException e) {
            // redelivering a message that is not a job would fail the same way for ever
            LOG.severe(() -> "Dropped an unreadable job message: " + e.getMessage());
        }
        return null;
    }

    private static boolean redelivered(Message message) {
        try {
            return message.getJMSRedelivered();
        } catch (JMSException e) {
            return false;
        }
    }
}
