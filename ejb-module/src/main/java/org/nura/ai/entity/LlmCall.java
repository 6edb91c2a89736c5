package org.nura.ai.entity;

/** What one call to the model cost and how it went, and what it was for: the row of {@code llm_usage_logs}. */
public record LlmCall(String purpose, String model, long promptTokens, long completionTokens, long totalTokens,
        double costUsd, long latencyMs, boolean success, String error, UsageRef ref) {

    public LlmCall {
        ref = ref == null ? UsageRef.NONE : ref;
    }
}
