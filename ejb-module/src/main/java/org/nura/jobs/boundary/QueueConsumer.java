package org.nura.jobs.boundary;

import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * What every job consumer does: hand the message straight to {@link Jobs} in the delivery's transaction. Failures
 * propagate, so the broker redelivers; only a message that can never be a job is dropped, with a log line.
 */
abstract class QueueConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(QueueConsumer.class.getName());

    @Inject
    Jobs jobs;

    @Override
    public void onMessage(Message message) {
        String text;
        try {
            text = message instanceof TextMessage t ? t.getText() : null;
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable job message", e);
        }
        if (text == null) {
            LOG.severe(() -> "Dropped a message that is not a JSON text job message on " + getClass().getSimpleName());
            return;
        }
        try {
            jobs.process(text);
        } catch (IllegalArgumentException e) {
            // redelivering a message that is not a job would fail the same way for ever
            LOG.severe(() -> "Dropped an unreadable job message: " + e.getMessage());
        }
    }
}
