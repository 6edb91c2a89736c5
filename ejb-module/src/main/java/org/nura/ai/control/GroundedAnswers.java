package org.nura.ai.control;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Asks the model for a grounded answer: no context, an open breaker → no call; every call that goes out leaves a
 * usage record, successful or not; a failure or a reply that is not grounded → empty, and the pipeline goes on.
 */
public final class GroundedAnswers {

    private static final Logger LOG = Logger.getLogger(GroundedAnswers.class.getName());
    static final String PURPOSE = "answer";

    private final LlmSettings settings;
    private final CircuitBreaker breaker;
    private final UsageSink usage;
    private final PromptBuilder prompts;
    private final OpenAiChat chat;

    public GroundedAnswers(LlmSettings settings, CircuitBreaker breaker, UsageSink usage) {
        this.settings = settings;
        this.breaker = breaker;
        this.usage = usage;
        this.prompts = new PromptBuilder(settings.company(), settings.agent(), settings.contextTokens(),
                settings.historyTurns());
        this.chat = new OpenAiChat(settings);
    }

    public Optional<GroundedAnswer> answer(GroundedQuestion question) {
        if (question.context().isEmpty() || !breaker.allow()) {
            return Optional.empty(); // nothing to ground on, or the service is resting after failures
        }
        Prompt prompt = prompts.build(question);
        OpenAiChat.Result result = chat.send(prompt);
        record(result);
        if (!result.ok()) {
            breaker.failure();
            LOG.warning(() -> "LLM call failed after " + result.latencyMs() + " ms (breaker " + breaker.state()
                    + "): " + result.error());
            return Optional.empty();
        }
        breaker.success();
        return Citations.parse(result.text(), prompt.context());
    }

    private void record(OpenAiChat.Result r) {
        try {
            usage.record(new LlmCall(PURPOSE, settings.model(), r.promptTokens(), r.completionTokens(),
                    r.totalTokens(), settings.cost(r.promptTokens(), r.completionTokens()), r.latencyMs(), r.ok(),
                    r.error()));
        } catch (RuntimeException e) {
            // the customer's answer matters more than its bookkeeping
            LOG.warning(() -> "LLM usage not recorded: " + e);
        }
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public LlmSettings settings() {
        return settings;
    }

    public void close() {
        chat.close();
    }
}
