package org.nura.ai.control;

import java.util.Optional;
import org.nura.ai.entity.UsageRef;

/**
 * Asks the model for a grounded answer: no context → no call; a failure or a reply that is not grounded → empty,
 * and the pipeline goes on. The breaker and the usage record are {@link ModelCalls}'s.
 */
public final class GroundedAnswers {

    static final String PURPOSE = "answer";
    static final OpenAiChat.Options OPTIONS = new OpenAiChat.Options(0.1, 500, false);

    private final ModelCalls calls;
    private final PromptBuilder prompts;

    public GroundedAnswers(ModelCalls calls) {
        LlmSettings settings = calls.settings();
        this.calls = calls;
        this.prompts = new PromptBuilder(settings.company(), settings.agent(), settings.contextTokens(),
                settings.historyTurns());
    }

    public Optional<GroundedAnswer> answer(GroundedQuestion question) {
        if (question.context().isEmpty()) {
            return Optional.empty(); // nothing to ground on
        }
        Prompt prompt = prompts.build(question);
        return calls.ask(PURPOSE, new UsageRef(question.sessionId(), question.messageId()), prompt, OPTIONS).flatMap(reply -> Citations.parse(reply, prompt.context()));
    }
}
