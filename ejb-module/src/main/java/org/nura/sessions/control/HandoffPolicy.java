package org.nura.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.nura.knowledge.control.SentimentScorer;
import org.nura.platform.control.NuraConfig;

/**
 * The one place that decides whether something hands the customer to a human: every trigger (explicit request,
 * negative sentiment, low-confidence streak, thumbs down, direct button) asks here, so HANDOFF_ENABLED and
 * HANDOFF_TRIGGERS switch them all the same way.
 */
@ApplicationScoped
public class HandoffPolicy {

    public static final String EXPLICIT_REQUEST = "explicit_request";
    public static final String NEGATIVE_SENTIMENT = "negative_sentiment";
    public static final String LOW_CONFIDENCE = "low_confidence";
    public static final String BAD_FEEDBACK = "bad_feedback";
    public static final String DIRECT_BUTTON = "direct_button";
    public static final Set<String> TRIGGERS = Set.of(EXPLICIT_REQUEST, NEGATIVE_SENTIMENT, LOW_CONFIDENCE,
            BAD_FEEDBACK, DIRECT_BUTTON);

    private final SentimentScorer sentiment = new SentimentScorer();

    @Inject
    NuraConfig config;

    /** Whether handoff is on and this trigger is enabled; an empty trigger list means all of them. */
    public boolean allows(String trigger) {
        if (!config.handoffEnabled()) {
            return false;
        }
        Set<String> enabled = config.handoffTriggers();
        return enabled.isEmpty() || enabled.contains(trigger);
    }

    /** An angry or clearly unhappy message; mildly negative ones ("my internet is slow") still get an answer. */
    public boolean soundsUpset(String text) {
        if (!allows(NEGATIVE_SENTIMENT)) {
            return false;
        }
        SentimentScorer.Sentiment verdict = sentiment.score(text);
        return verdict.angry() || verdict.score() <= config.handoffNegativeScore();
    }

    /** An answer that counts towards the low-confidence streak: not a handoff, not a polite out-of-scope refusal. */
    public boolean unsure(double confidence, String intent, boolean escalates) {
        return !escalates && !"out_of_scope".equals(intent)
                && confidence < config.handoffLowConfidenceThreshold();
    }

    /** True when {@code streak} consecutive unsure answers are enough to bring in a human. */
    public boolean lowConfidenceStreakReached(int streak) {
        return allows(LOW_CONFIDENCE) && streak >= config.handoffLowConfidenceTurns();
    }
}
