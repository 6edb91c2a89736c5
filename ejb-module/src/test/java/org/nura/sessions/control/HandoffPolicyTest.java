package org.nura.sessions.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nura.platform.control.NuraConfig;

/** The handoff policy's switches and thresholds, with the settings given directly instead of by a container. */
class HandoffPolicyTest {

    private final Map<String, String> settings = new HashMap<>();
    private final HandoffPolicy policy = new HandoffPolicy();

    HandoffPolicyTest() {
        policy.config = new NuraConfig() {
            @Override
            public Optional<String> optional(String key) {
                return Optional.ofNullable(settings.get(key));
            }
        };
    }

    @Test
    void everyTriggerIsOnByDefault() {
        HandoffPolicy.TRIGGERS.forEach(t -> assertTrue(policy.allows(t), t));
    }

    @Test
    void handoffEnabledFalseSwitchesEveryTriggerOff() {
        settings.put("HANDOFF_ENABLED", "false");
        HandoffPolicy.TRIGGERS.forEach(t -> assertFalse(policy.allows(t), t));
        assertFalse(policy.soundsUpset("This is ridiculous, you are thieves!!"));
        assertFalse(policy.lowConfidenceStreakReached(5));
    }

    @Test
    void onlyTheListedTriggersFire() {
        settings.put("HANDOFF_TRIGGERS", "explicit_request, direct_button");
        assertTrue(policy.allows(HandoffPolicy.EXPLICIT_REQUEST));
        assertTrue(policy.allows(HandoffPolicy.DIRECT_BUTTON));
        assertFalse(policy.allows(HandoffPolicy.BAD_FEEDBACK));
        assertFalse(policy.soundsUpset("انتو نصابين! سرقتوا رصيدي"), "negative_sentiment is not listed");
        assertFalse(policy.lowConfidenceStreakReached(3), "low_confidence is not listed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"انتو نصابين! سرقتوا رصيدي", "Hûn diz in! pereyê min çû", "WORST SERVICE EVER, I HATE THIS"})
    void angryCustomersSoundUpset(String text) {
        assertTrue(policy.soundsUpset(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my internet is slow", "ما هي الباقات المتاحة؟", "Çawa ez dikarim pakêtê çalak bikim?"})
    void ordinaryQuestionsDoNot(String text) {
        assertFalse(policy.soundsUpset(text), text);
    }

    @Test
    void theLowConfidenceThresholdAndStreakLengthAreSettings() {
        assertTrue(policy.unsure(0.0, "unknown", false));
        assertTrue(policy.unsure(0.44, "unknown", false));
        assertFalse(policy.unsure(0.45, "unknown", false), "default threshold 0.45");
        assertFalse(policy.unsure(0.0, "out_of_scope", false), "a polite refusal is not a failure to understand");
        assertFalse(policy.unsure(0.0, "agent_request", true), "a handoff is not an unsure answer");
        assertFalse(policy.lowConfidenceStreakReached(1));
        assertTrue(policy.lowConfidenceStreakReached(2), "default 2 turns");
        settings.put("HANDOFF_LOW_CONFIDENCE_THRESHOLD", "0.7");
        settings.put("HANDOFF_LOW_CONFIDENCE_TURNS", "3");
        assertTrue(policy.unsure(0.6, "unknown", false));
        assertFalse(policy.lowConfidenceStreakReached(2));
        assertTrue(policy.lowConfidenceStreakReached(3));
    }
}
