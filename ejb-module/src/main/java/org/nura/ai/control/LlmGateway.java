package org.nura.ai.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.nura.ai.boundary.LlmUsage;
import org.nura.platform.control.NuraConfig;

/**
 * The application's way to the LLM: asks only when OPENAI_API_KEY is set and the AI switch is on, keeps one client
 * and one circuit breaker per node, and rebuilds them when the settings change (a new key, URL or model).
 */
@ApplicationScoped
public class LlmGateway {

    @Inject
    NuraConfig config;

    @Inject
    AiSwitch aiSwitch;

    @Inject
    LlmUsage usage;

    private volatile GroundedAnswers current;

    public boolean available() {
        return config.optional("OPENAI_API_KEY").isPresent() && aiSwitch.enabled();
    }

    public Optional<GroundedAnswer> answer(GroundedQuestion question) {
        if (!available()) {
            return Optional.empty();
        }
        return engine().answer(question);
    }

    /** CLOSED, OPEN or HALF_OPEN; CLOSED before the first call. */
    public CircuitBreaker.State circuit() {
        GroundedAnswers engine = current;
        return engine == null ? CircuitBreaker.State.CLOSED : engine.breaker().state();
    }

    private synchronized GroundedAnswers engine() {
        LlmSettings settings = LlmSettings.from(config);
        if (current == null || !current.settings().equals(settings)) {
            // the old client is not closed: a call in flight on another thread may still be using it
            current = new GroundedAnswers(settings,
                    new CircuitBreaker(settings.breakerFailures(), settings.breakerOpenFor()), usage::record);
        }
        return current;
    }

    @PreDestroy
    synchronized void close() {
        if (current != null) {
            current.close();
        }
    }
}
