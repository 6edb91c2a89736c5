package org.nura.channels.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.nura.jobs.control.JobDispatcher;

/**
 * Everything NURA says on Telegram leaves as a send job, enqueued in the caller's transaction: the webhook answers
 * Telegram at once, a slow or failing Bot API is retried with the jobs' policy, and a call that never succeeds waits
 * in the dead-letter queue. The calls of one job reach the chat in their order.
 */
@ApplicationScoped
public class TelegramOutbox {

    @Inject
    JobDispatcher jobs;

    public void send(long chatId, List<TelegramCall> calls) {
        if (!calls.isEmpty()) {
            jobs.enqueue(TelegramSendJob.TYPE, () -> TelegramCall.toJson(calls), "tg:" + chatId);
        }
    }
}
