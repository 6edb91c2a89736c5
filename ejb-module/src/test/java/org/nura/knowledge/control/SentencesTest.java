package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A long message splits into its sentences, without the ones that are only pleasantries. */
class SentencesTest {

    @Test
    void aStoryIsSplitAtSentenceEndsAndItsGreetingsAndThanksDropped() {
        assertEquals(List.of("I moved last week.", "Why is my internet slow?"),
                Sentences.of("Hi there! I moved last week. Why is my internet slow? Thanks in advance."));
        assertEquals(List.of("النت بطيء؟"), Sentences.of("مرحبا، شكراً. النت بطيء؟ الله يعطيكم العافية"));
    }

    @Test
    void dotsInsideNumbersAndAddressesDoNotSplit() {
        assertEquals(List.of("Is 1.5 GB on rcell.me the price?"), Sentences.of("Is 1.5 GB on rcell.me the price?"));
    }

    @Test
    void aMessageOfPleasantriesOnlyIsKeptWhole() {
        assertEquals(List.of("Hello, thanks!"), Sentences.of("Hello, thanks!"));
    }

    @Test
    void aQuestionEndsInAQuestionMarkOfEitherScript() {
        assertTrue(Sentences.question("النت بطيء؟"));
        assertTrue(Sentences.question("why? "));
        assertFalse(Sentences.question("I moved last week."));
    }
}
