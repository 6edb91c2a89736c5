package org.nura.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nura.conversation.control.Rules.Kind;

class RulesTest {

    private final Rules rules = new Rules();

    @Test
    void greetingsAloneInEachLanguage() {
        assertEquals(Optional.of(Kind.GREETING), rules.match("مرحباً"));
        assertEquals(Optional.of(Kind.GREETING), rules.match("السلام عليكم"));
        assertEquals(Optional.of(Kind.GREETING), rules.match("Silav"));
        assertEquals(Optional.of(Kind.GREETING), rules.match("Hi there!"));
    }

    @Test
    void aGreetingWithAQuestionIsLeftToTheNextTiers() {
        assertEquals(Optional.empty(), rules.match("مرحبا، ما هي الباقات المتاحة؟"));
        assertEquals(Optional.empty(), rules.match("hello my internet is slow"));
    }

    @Test
    void thanksInEachLanguage() {
        assertEquals(Optional.of(Kind.THANKS), rules.match("شكراً جزيلاً"));
        assertEquals(Optional.of(Kind.THANKS), rules.match("Zor spas"));
        assertEquals(Optional.of(Kind.THANKS), rules.match("thank you so much"));
    }

    @Test
    void explicitRequestsForAHumanWinEvenInLongerText() {
        assertEquals(Optional.of(Kind.HUMAN_REQUEST), rules.match("أريد التحدث مع موظف"));
        assertEquals(Optional.of(Kind.HUMAN_REQUEST), rules.match("Ez dixwazim bi karmendekî re biaxivim"));
        assertEquals(Optional.of(Kind.HUMAN_REQUEST), rules.match("hello, can I talk to a human please"));
    }

    @Test
    void ordinaryQuestionsMatchNoRule() {
        assertEquals(Optional.empty(), rules.match("كيف أفعل خدمة VoLTE"));
        assertEquals(Optional.empty(), rules.match("Înternetê min hêdî ye"));
        assertEquals(Optional.empty(), rules.match("what does the agent handbook say about refunds"),
                "the word agent alone is not a request for one");
        assertEquals(Optional.of(Kind.HUMAN_REQUEST), rules.match("connect me to an agent"));
    }
}
