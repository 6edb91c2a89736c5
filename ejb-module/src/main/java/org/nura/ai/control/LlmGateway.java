package org.nura.ai.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.nura.platform.control.NuraConfig;

/**
 * The application's way to the LLM, for grounded answers and message insights: asks only when OPENAI_API_KEY is set
 * and the AI switch is on, keeps one client and one circuit breaker per node, and rebuilds them when the settings
 * change (a new key, URL or model).
 */
@ApplicationScoped
public class LlmGateway {

    @Inject
    NuraConfig config;

    @Inject
    AiSwitch aiSwitch;

    @Inject
    LlmUsage usage;

    /** The server's default managed executor: LLM calls run there so that the caller can stop waiting in time. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    private volatile Engine current;

    /**
     * The calls for one set of settings and what is built on them; they share its client and breaker. {@code warm} is
     * set once the client's machinery has been loaded.
     */
    private record Engine(ModelCalls calls, GroundedAnswers answers, MessageInsights insights,
            java.util.concurrent.atomic.AtomicBoolean warm) {
    }

    public boolean available() {
        return LlmSettings.from(config).configured() && aiSwitch.enabled();
    }

    public Optional<GroundedAnswer> answer(GroundedQuestion question) {
        if (!available()) {
            return Optional.empty();
        }
        return engine().answers().answer(question);
    }

    /**
     * The model's classification of a customer message, or empty when the LLM is not available, resting, failing or
     * its reply is unreadable.
     */
    public Optional<LlmInsight> classify(InsightQuestion question) {
        if (!available()) {
            return Optional.empty();
        }
        return engine().insights().classify(question);
    }

    /**
     * Builds the client and warms it up on the executor when the LLM is available, so that the first customer after
     * the AI switch is turned on does not wait for class loading. Best effort: if the executor refuses, the first call
     * builds the client as before.
     */
    public void warmUpInBackground() {
        try {
            executor.execute(this::warmUp);
        } catch (RuntimeException e) {
            // the first call builds and loads it instead
        }
    }

    /** Warms the current client up once (see OpenAiChat#warmUp); the health check's refresh calls it after a start. */
    void warmUp() {
        if (available()) {
            Engine engine = engine();
            if (engine.warm().compareAndSet(false, true)) {
                engine.calls().warmUp();
            }
        }
    }

    /** CLOSED, OPEN or HALF_OPEN; CLOSED before the first call. */
    public CircuitBreaker.State circuit() {
        Engine engine = current;
        return engine == null ? CircuitBreaker.State.CLOSED : engine.calls().breaker().state();
    }

    private synchronized Engine engine() {
        LlmSettings settings = LlmSettings.from(config);
        if (current == null || !current.calls().settings().equals(settings)) {
            // the old client is not closed: a call in flight on another thread may still be using it
            ModelCalls calls = new ModelCalls(settings,
                    new CircuitBreaker(settings.breakerFailures(), settings.breakerOpenFor()), usage::record, executor);
            current = new Engine(calls, new GroundedAnswers(calls), new MessageInsights(calls),
                    new java.util.concurrent.atomic.AtomicBoolean());
        }
        return current;
    }

    @PreDestroy
    synchronized void close() {
        if (current != null) {
            current.calls().close();
        }
    }
}
