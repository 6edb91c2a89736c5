package org.nura.ai.control;

import java.util.Optional;
import java.util.logging.Logger;
import org.nura.ai.entity.LlmCall;
import org.nura.ai.entity.UsageRef;

/**
 * The one way a call reaches the model, whatever it is for: an open breaker → no call; every call that goes out
 * leaves a usage record under its purpose, successful or not, and tells the breaker how it went. One client and one
 * breaker per settings, so an outage rests grounded answers and insights alike.
 */
public final class ModelCalls {

    private static final Logger LOG = Logger.getLogger(ModelCalls.class.getName());

    private final LlmSettings settings;
    private final CircuitBreaker breaker;
    private final UsageSink usage;
    private final OpenAiChat chat;

    public ModelCalls(LlmSettings settings, CircuitBreaker breaker, UsageSink usage) {
        this.settings = settings;
        this.breaker = breaker;
        this.usage = usage;
        this.chat = new OpenAiChat(settings);
    }

    /**
     * The model's reply text, or empty when the breaker refuses or the call fails. What the reply says is the
     * caller's business: an unusable reply still came from a working service, so it counts as a success here.
     */
    public Optional<String> ask(String purpose, UsageRef ref, Prompt prompt, OpenAiChat.Options options) {
        if (!breaker.allow()) {
            return Optional.empty(); // the service is resting after failures
        }
        OpenAiChat.Result result = chat.send(prompt, options);
        record(purpose, ref, result);
        if (!result.ok()) {
            breaker.failure();
            LOG.warning(() -> "LLM " + purpose + " call failed after " + result.latencyMs() + " ms (breaker "
                    + breaker.state() + "): " + result.error());
            return Optional.empty();
        }
        breaker.success();
        return Optional.of(result.text());
    }

    private void record(String purpose, UsageRef ref, OpenAiChat.Result r) {
        try {
            usage.record(new LlmCall(purpose, settings.model(), r.promptTokens(), r.completionTokens(),
                    r.totalTokens(), settings.cost(r.promptTokens(), r.completionTokens()), r.latencyMs(), r.ok(),
                    r.error(), ref));
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
