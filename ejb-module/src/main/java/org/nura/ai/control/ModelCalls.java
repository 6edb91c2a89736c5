package org.nura.ai.control;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.nura.ai.entity.LlmCall;
import org.nura.ai.entity.UsageRef;

/**
 * The one way a call reaches the model, whatever it is for: an open breaker → no call; every call that goes out
 * leaves a usage record under its purpose, successful or not, and tells the breaker how it went. One client and one
 * breaker per settings, so an outage rests grounded answers and insights alike.
 *
 * <p>A slow model never holds the caller longer than the budget (LLM_TIMEOUT_SECONDS): the call runs on the given
 * executor and the caller waits at most that long. At most LLM_MAX_CONCURRENT calls are out at once (a bulkhead):
 * when they are all busy — a hanging model keeps them so — the next caller is told "no" at once and answers without
 * the model, so request threads are never used up waiting for it.
 */
public final class ModelCalls {

    private static final Logger LOG = Logger.getLogger(ModelCalls.class.getName());
    /** How much longer than the budget the caller waits, so that the client's own timeout is what usually fires. */
    static final long GRACE_MS = 1000;

    private final LlmSettings settings;
    private final CircuitBreaker breaker;
    private final UsageSink usage;
    private final OpenAiChat chat;
    private final ExecutorService executor;
    private final Semaphore bulkhead;

    public ModelCalls(LlmSettings settings, CircuitBreaker breaker, UsageSink usage, ExecutorService executor) {
        this.settings = settings;
        this.breaker = breaker;
        this.usage = usage;
        this.chat = new OpenAiChat(settings);
        this.executor = executor;
        this.bulkhead = new Semaphore(settings.maxConcurrent());
    }

    /**
     * The model's reply text, or empty when the breaker refuses or the call fails. What the reply says is the
     * caller's business: an unusable reply still came from a working service, so it counts as a success here.
     */
    public Optional<String> ask(String purpose, UsageRef ref, Prompt prompt, OpenAiChat.Options options) {
        // the bulkhead first: a half-open breaker's trial must not be taken by a caller that then finds no room
        if (!bulkhead.tryAcquire()) {
            LOG.fine(() -> "LLM " + purpose + " call skipped: all " + settings.maxConcurrent() + " slots are busy");
            return Optional.empty();
        }
        Future<OpenAiChat.Result> call;
        try {
            if (!breaker.allow()) {
                bulkhead.release();
                return Optional.empty(); // the service is resting after failures
            }
            call = executor.submit(() -> send(prompt, options));
        } catch (RejectedExecutionException e) {
            bulkhead.release();
            breaker.failure();
            LOG.warning(() -> "LLM " + purpose + " call not started: " + e);
            return Optional.empty();
        }
        OpenAiChat.Result result = await(call);
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

    /** Runs on the executor; the slot is given back when the call really ends, not when the caller stops waiting. */
    private OpenAiChat.Result send(Prompt prompt, OpenAiChat.Options options) {
        try {
            return chat.send(prompt, options);
        } finally {
            bulkhead.release();
        }
    }

    /** The call's result, or a failed one when it did not end within the budget (plus a moment for the client). */
    private OpenAiChat.Result await(Future<OpenAiChat.Result> call) {
        long budgetMs = settings.timeout().toMillis();
        long started = System.nanoTime();
        try {
            return call.get(budgetMs + GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return failed(started, "timeout: no answer within " + budgetMs + " ms");
        } catch (ExecutionException e) {
            return failed(started, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            return failed(started, "interrupted");
        }
    }

    private static OpenAiChat.Result failed(long startedNanos, String error) {
        return new OpenAiChat.Result(false, null, 0, 0, 0, (System.nanoTime() - startedNanos) / 1_000_000, error);
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

    /** See {@link OpenAiChat#warmUp()}. */
    public void warmUp() {
        chat.warmUp();
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
