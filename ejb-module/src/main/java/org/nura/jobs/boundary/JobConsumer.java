package org.nura.jobs.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.nura.platform.control.Resources;

/** Takes diagnostic job messages off the job queue and hands them to {@link Jobs}. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Resources.JOB_QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class JobConsumer extends QueueConsumer {
}
