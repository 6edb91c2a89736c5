package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentimentScorerTest {

    private final SentimentScorer scorer = new SentimentScorer();

    @ParameterizedTest
    @ValueSource(strings = {
        "انتو نصابين! سرقتوا رصيدي",
        "والله زهقت من خدمتكم الزفت!!",
        "أنا غاضب جداً، هذه مهزلة",
        "Ez gelek bi hêrs im, xizmeta we pir xirab e!",
        "Hûn diz in! pereyê min çû",
        "This is ridiculous, you are thieves!!",
        "WORST SERVICE EVER, I HATE THIS"
    })
    void angryCustomersAreNoticed(String text) {
        SentimentScorer.Sentiment sentiment = scorer.score(text);
        assertTrue(sentiment.angry(), text + " -> " + sentiment);
        assertEquals("negative", sentiment.label());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ما هي الباقات المتاحة؟",
        "كيف أفعّل الرمز السري؟",
        "Çawa ez dikarim pakêtê çalak bikim?",
        "How do I set up the APN on my phone?",
        "my internet is slow"
    })
    void ordinaryQuestionsAreNotAngry(String text) {
        SentimentScorer.Sentiment sentiment = scorer.score(text);
        assertFalse(sentiment.angry(), text + " -> " + sentiment);
    }

    @ParameterizedTest
    @ValueSource(strings = {"شكرا جزيلا، الخدمة ممتازة", "Gelek spas, pir xweş e", "Thanks, that was really helpful"})
    void thanksArePositive(String text) {
        assertEquals("positive", scorer.score(text).label(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyIsNeutral(String text) {
        assertEquals("neutral", scorer.score(text).label());
    }
}
