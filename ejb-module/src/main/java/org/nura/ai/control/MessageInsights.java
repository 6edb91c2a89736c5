package org.nura.ai.control;

import java.util.Optional;
import java.util.logging.Logger;
import org.nura.ai.entity.UsageRef;

/**
 * Asks the model to classify one customer message for the insights report: no text → no call; a failure or a reply
 * that is not a readable classification → empty. The breaker and the usage record are {@link ModelCalls}'s.
 */
public final class MessageInsights {

    private static final Logger LOG = Logger.getLogger(MessageInsights.class.getName());
    static final String PURPOSE = "insight";
    // the reply is one short JSON object; temperature 0 so that the same message is read the same way twice
    static final OpenAiChat.Options OPTIONS = new OpenAiChat.Options(0.0, 150, true);

    private final ModelCalls calls;

    public MessageInsights(ModelCalls calls) {
        this.calls = calls;
    }

    public Optional<LlmInsight> classify(InsightQuestion question) {
        if (question.text() == null || question.text().isBlank()) {
            return Optional.empty(); // nothing to classify
        }
        Optional<String> reply = calls.ask(PURPOSE, new UsageRef(question.sessionId(), question.messageId()),
                InsightPrompt.build(question), OPTIONS);
        Optional<LlmInsight> insight = reply.flatMap(r -> InsightReply.parse(r, question.intents()));
        if (reply.isPresent() && insight.isEmpty()) {
            // not the text itself: it may echo the customer's words into the server log
            LOG.info(() -> "LLM insight reply unreadable (" + reply.get().length() + " characters)");
        }
        return insight;
    }
}
