package org.nura.ai.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader makes of replies a model may really give: prose, arrays, strings for numbers, missing fields. */
class InsightReplyTest {

    private static final List<String> INTENTS = List.of("billing", "roaming_activation");

    @Test
    void anythingButAJsonObjectWithAnIntentOrSentimentIsEmpty() {
        for (String reply : new String[] {null, "", "negative", "[{\"intent\":\"billing\"}]", "{\"intent\":",
                "{}", "{\"label\":\"billing\"}", "} {", "Sure: {\"intent\":\"billing\"}",
                "{\"intent\":\"billing\"} Hope that helps."}) {
            assertTrue(InsightReply.parse(reply, INTENTS).isEmpty(), String.valueOf(reply));
        }
    }

    @Test
    void fenceWithoutLanguageSpacesCaseAndNumbersAsStrings() {
        String reply = "\n```\n{\"intent\":\" BILLING \",\"sentiment\":\"Negative\",\"sentiment_score\":\"-0.4\","
                + "\"knowledge_gap\":false,\"confidence\":\"0.7\"}\n```\n";
        assertEquals(new LlmInsight("billing", "negative", -0.4, false, 0.7),
                InsightReply.parse(reply, INTENTS).orElseThrow());
    }

    @Test
    void missingOrUnreadableFieldsTakeNeutralDefaults() {
        assertEquals(new LlmInsight("unknown", "neutral", 0.0, false, 0.0),
                InsightReply.parse("{\"intent\":null,\"sentiment\":3,\"sentiment_score\":\"very\","
                        + "\"knowledge_gap\":\"maybe\"}", INTENTS).orElseThrow());
    }

    @Test
    void numbersAreClampedIntoTheirRanges() {
        assertEquals(new LlmInsight("roaming_activation", "positive", 1.0, false, 0.0),
                InsightReply.parse("{\"intent\":\"roaming_activation\",\"sentiment\":\"positive\","
                        + "\"sentiment_score\":1e400,\"confidence\":-2}", INTENTS).orElseThrow());
    }
}
