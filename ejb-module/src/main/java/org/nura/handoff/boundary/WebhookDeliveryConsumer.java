package org.nura.handoff.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.nura.jobs.boundary.QueueConsumer;
import org.nura.platform.control.Resources;

/** Takes escalation webhook deliveries off the webhook queue and hands them to the jobs boundary. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Resources.WEBHOOK_QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class WebhookDeliveryConsumer extends QueueConsumer {
}
