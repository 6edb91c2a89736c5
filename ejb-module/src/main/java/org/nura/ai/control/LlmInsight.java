package org.nura.ai.control;

/** The model's reading of one customer message, for the insights report. */
public record LlmInsight(String intent, String sentiment, double sentimentScore, boolean knowledgeGap,
        double confidence) {
}
