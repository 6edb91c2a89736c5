package org.nura.analytics.control;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rows of the report's sections, as JSON objects and CSV lines (snake_case names; a name with a digit is given,
 * as JSON-B writes no underscore after one). Seconds count from the customer's handoff request.
 */
public final class ReportRows {

    private ReportRows() {
    }

    /** A group of knowledge-gap questions: asked counts each question once, the reasons may overlap. */
    public record Gap(String normalized, long asked, long lowConfidence, long fallback, long flagged,
            String exampleQuestion, String exampleSessionId) {
    }

    /** Assistant answers of one intent: how many, the share given on-box (rules, local, rag), mean confidence, 👎 share of ratings. */
    public record Intent(String intent, long answers, long onBox, Double onBoxShare, Double meanConfidence,
            long thumbsUp, long thumbsDown, Double thumbsDownShare) {
    }

    /** Handoffs of one reason and channel. */
    public record HandoffGroup(String reason, String channel, long handoffs, long accepted,
            Double medianSecondsToAccept,
            @JsonbProperty("p90_seconds_to_accept") Double p90SecondsToAccept) {
    }

    /** Outcomes of one status, issue category and root cause. */
    public record OutcomeGroup(String status, String category, String rootCause, long outcomes, long resolved,
            Double medianSecondsToResolve,
            @JsonbProperty("p90_seconds_to_resolve") Double p90SecondsToResolve) {
    }

    /**
     * One agent (the user holding the handoff last): handoffs accepted and resolved, median times. {@code rating}
     * is the mean end-of-chat 1–5 rating the agent got in the period (null: nobody rated this agent).
     */
    public record AgentFigures(String agentId, String agentName, long accepted, long resolved,
            Double medianSecondsToAccept, Double medianSecondsToResolve, Double rating) {
    }

    /** LLM usage of one day and model. */
    public record Cost(LocalDate day, String model, long calls, long promptTokens, long completionTokens,
            long totalTokens, BigDecimal costUsd) {
    }
}
