package org.nura.channels.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.nura.jobs.control.JobFailure;
import org.nura.jobs.control.JobHandler;
import org.nura.jobs.entity.Job;
import org.nura.platform.control.Resources;

/**
 * Makes the Bot API calls of one job, in order. A 429 or 5xx (or no answer) fails the attempt and the jobs
 * component tries again after its delay; a call Telegram refuses for good (400, 403 when the customer blocked the
 * bot) is logged and skipped, since repeating it cannot help.
 */
@ApplicationScoped
public class TelegramSendJob implements JobHandler {

    public static final String TYPE = "telegram_send";
    private static final Logger LOG = Logger.getLogger(TelegramSendJob.class.getName());

    @Inject
    TelegramConfig config;

    private volatile BotClient client;
    private volatile String clientKey;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String queue() {
        return Resources.TELEGRAM_QUEUE;
    }

    @Override
    public Optional<String> deadLetterQueue() {
        return Optional.of(Resources.TELEGRAM_DEAD_LETTER_QUEUE);
    }

    @Override
    public void run(Job job) throws JobFailure {
        if (!config.enabled()) {
            throw new JobFailure("TELEGRAM_BOT_TOKEN is not set");
        }
        List<TelegramCall> calls = TelegramCall.listFromJson(job.payload());
        BotClient bot = client();
        for (TelegramCall call : calls) {
            try {
                bot.call(call);
            } catch (TelegramError e) {
                if (e.retryable()) {
                    throw new JobFailure(e.getMessage() + (e.retryAfter() == null ? ""
                            : " (retry_after " + e.retryAfter() + "s)"), e);
                }
                LOG.warning(() -> "Telegram refused " + call.method() + " for job " + job.jobId() + ": "
                        + e.getMessage());
            }
        }
    }

    /** One client (one OkHttp pool) per base URL and token; a changed setting builds a new one. */
    public BotClient client() {
        String key = config.apiBaseUrl() + "\n" + config.botToken();
        if (client == null || !key.equals(clientKey)) {
            synchronized (this) {
                if (client == null || !key.equals(clientKey)) {
                    client = new BotClient(config.apiBaseUrl(), config.botToken(),
                            Duration.ofSeconds(config.pollTimeoutSeconds() + 10L));
                    clientKey = key;
                }
            }
        }
        return client;
    }
}
