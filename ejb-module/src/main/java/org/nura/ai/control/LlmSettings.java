package org.nura.ai.control;

import java.time.Duration;
import java.util.Map;
import org.nura.platform.control.NuraConfig;

/**
 * The LLM settings one gateway instance is built from. A record, so that a changed setting is noticed by comparing
 * with the settings the current client was built with.
 */
public record LlmSettings(String apiKey, String baseUrl, String model, Duration timeout, double pricePer1kInput,
        double pricePer1kOutput, int contextTokens, int historyTurns, String company, String agent,
        int breakerFailures, Duration breakerOpenFor, int maxConcurrent) {

    /** A server that does not accept the connection within this long is taken as down. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    /** USD per 1,000 input and output tokens of models we know; OPENAI_PRICE_PER_1K_* override them. */
    static final Map<String, double[]> PRICES = Map.of(
            "gpt-4o-mini", new double[] {0.00015, 0.0006},
            "gpt-4o", new double[] {0.0025, 0.01},
            "gpt-4.1-mini", new double[] {0.0004, 0.0016},
            "gpt-4.1-nano", new double[] {0.0001, 0.0004});

    public static LlmSettings from(NuraConfig config) {
        String model = config.text("OPENAI_MODEL", "gpt-4o-mini");
        double[] known = PRICES.getOrDefault(model, new double[] {0, 0});
        return new LlmSettings(config.text("OPENAI_API_KEY", ""),
                config.text("OPENAI_BASE_URL", "https://api.openai.com/v1"), model,
                Duration.ofSeconds(Math.max(1, config.integer("LLM_TIMEOUT_SECONDS", 5))),
                config.doubleValue("OPENAI_PRICE_PER_1K_INPUT", known[0]),
                config.doubleValue("OPENAI_PRICE_PER_1K_OUTPUT", known[1]),
                config.integer("LLM_CONTEXT_TOKENS", 1500), config.integer("LLM_HISTORY_TURNS", 6),
                config.text("COMPANY_NAME", "the company"), config.text("AGENT_NAME", "NURA"),
                config.integer("LLM_BREAKER_FAILURES", 3),
                Duration.ofSeconds(config.integer("LLM_BREAKER_OPEN_SECONDS", 30)),
                Math.max(1, config.integer("LLM_MAX_CONCURRENT", 4)));
    }

    /** How long the model may take to connect: the shorter of {@link #CONNECT_TIMEOUT} and the whole budget. */
    public Duration connectTimeout() {
        return timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT;
    }

    /** Whether an API key is set: without one no call is ever made. */
    public boolean configured() {
        return !apiKey.isBlank();
    }

    /** The base URL without trailing slashes, to append paths to. */
    public String baseUrlWithoutSlash() {
        return baseUrl.replaceAll("/+$", "");
    }

    /** The estimated cost in USD of a call with these token counts. */
    public double cost(long promptTokens, long completionTokens) {
        return (promptTokens * pricePer1kInput + completionTokens * pricePer1kOutput) / 1000.0;
    }

    @Override
    public String toString() {
        // the API key stays out of logs
        return "LlmSettings[" + model + " at " + baseUrl + ", timeout " + timeout + "]";
    }
}
