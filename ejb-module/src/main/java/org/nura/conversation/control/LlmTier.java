package org.nura.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.nura.platform.control.NuraConfig;

/**
 * SEAM for the LLM developer: the grounded-generation tier. It answers only when an LLM is configured
 * ({@link NuraConfig#llmConfigured()}); until the gateway exists it always declines, and the pipeline goes on to
 * the extractive handbook answer and the fallback. An implementation returns an {@link Answer} with source
 * "openai", citations of the passages it used, and must never throw for an unreachable service: empty instead.
 */
@ApplicationScoped
public class LlmTier {

    @Inject
    NuraConfig config;

    public Optional<Answer> answer(LlmQuestion question) {
        if (!config.llmConfigured()) {
            return Optional.empty();
        }
        // no external call yet: the LLM gateway (component "ai") is built separately and plugs in here
        return Optional.empty();
    }
}
