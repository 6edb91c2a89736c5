package org.nura.analytics.entity;

import java.util.Set;

/** One message's insight as a classifier read it ({@code local} on-box models or {@code llm}). */
public record InsightReading(String intent, String sentiment, double sentimentScore, double confidence,
        String confidenceBucket, boolean knowledgeGap, String classifier) {

    static final Set<String> SENTIMENTS = Set.of("negative", "neutral", "positive");
    static final Set<String> BUCKETS = Set.of("high", "medium", "low");

    public InsightReading {
        if (!SENTIMENTS.contains(sentiment) || !BUCKETS.contains(confidenceBucket)) {
            throw new IllegalArgumentException("sentiment " + sentiment + " or bucket " + confidenceBucket);
        }
    }
}
