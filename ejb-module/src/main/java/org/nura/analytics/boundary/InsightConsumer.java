package org.nura.analytics.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.nura.jobs.boundary.QueueConsumer;
import org.nura.platform.control.Resources;

/** Takes insight job messages (one per customer message) off the insight queue and hands them to the jobs boundary. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Resources.INSIGHT_QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class InsightConsumer extends QueueConsumer {
}
