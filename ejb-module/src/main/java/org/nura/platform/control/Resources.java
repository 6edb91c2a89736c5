package org.nura.platform.control;

/**
 * The names of the server resources NURA uses, in one place. They are compile-time constants because the
 * message-driven beans name their queue in an annotation.
 *
 * <p>Why server resources and not {@code java:app/...} definitions: on Payara Server, queues declared inside the
 * application ({@code @JMSDestinationDefinition}, {@code application.xml}) failed or broke after a restart, so each
 * queue is created on the server ({@code deployment/payara/}) and looked up by its global name. Payara does not allow
 * ':' in such names, hence {@code jms/JobQueue} and not {@code java:global/jms/JobQueue}. persistence.xml names the
 * datasource as text (it cannot refer to this class): keep it equal to {@link #DATASOURCE}.
 */
public final class Resources {

    /** The JTA datasource (persistence.xml, plain JDBC users unless NURA_DATASOURCE overrides it). */
    public static final String DATASOURCE = "jdbc/nura";

    /** Diagnostic jobs, which cannot fail and so have no dead-letter queue. */
    public static final String JOB_QUEUE = "jms/JobQueue";
    public static final String INSIGHT_QUEUE = "jms/InsightQueue";
    public static final String INSIGHT_DEAD_LETTER_QUEUE = "jms/InsightDeadLetterQueue";
    public static final String WEBHOOK_QUEUE = "jms/WebhookQueue";
    public static final String WEBHOOK_DEAD_LETTER_QUEUE = "jms/WebhookDeadLetterQueue";
    /** Bot API calls towards Telegram chats (the channels component's send jobs). */
    public static final String TELEGRAM_QUEUE = "jms/TelegramQueue";
    public static final String TELEGRAM_DEAD_LETTER_QUEUE = "jms/TelegramDeadLetterQueue";

    private Resources() {
    }
}
