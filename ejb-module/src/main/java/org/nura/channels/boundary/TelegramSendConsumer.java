package org.nura.channels.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.nura.jobs.boundary.QueueConsumer;
import org.nura.platform.control.Resources;

/** Takes Telegram send jobs off their queue and hands them to the jobs boundary (retries, dead letters). */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Resources.TELEGRAM_QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class TelegramSendConsumer extends QueueConsumer {
}
