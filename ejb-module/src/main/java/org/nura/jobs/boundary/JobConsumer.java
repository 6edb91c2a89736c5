package org.nura.jobs.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/** Takes job messages off the job queue and hands them straight to {@link Jobs}. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/JobQueue"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class JobConsumer implements MessageListener {

    @Inject
    Jobs jobs;

    @Override
    public void onMessage(Message message) {
        try {
            jobs.process(((TextMessage) message).getText());
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable job message", e);
        }
    }
}
