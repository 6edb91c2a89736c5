package org.nura.jobs.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** Takes escalation webhook deliveries off the webhook queue and hands them to {@link Jobs}. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/WebhookQueue"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class WebhookDeliveryConsumer extends QueueConsumer {
}
