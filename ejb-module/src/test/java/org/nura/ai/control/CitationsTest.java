package org.nura.ai.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Citation markers become citations; invented markers and "I don't know" do not make an answer. */
class CitationsTest {

    private static final ContextItem ARTICLE = new ContextItem("article", "16", "Refunds", "Refunds take 5 days.");
    private static final ContextItem CHUNK = new ContextItem("chunk", "handbook.md#3", "Roaming", "Roaming costs.");
    private static final List<ContextItem> CONTEXT = List.of(ARTICLE, CHUNK);

    @Test
    void markersBecomeCitationsAndLeaveTheText() {
        GroundedAnswer a = Citations.parse("Refunds take 5 days [article:16]. Roaming costs extra [chunk:handbook.md#3] "
                + "[article:16].", CONTEXT).orElseThrow();
        assertEquals("Refunds take 5 days. Roaming costs extra.", a.text());
        assertEquals(List.of(ARTICLE, CHUNK), a.cited());
    }

    @Test
    void arabicPunctuationStaysAttached() {
        GroundedAnswer a = Citations.parse("يستغرق الاسترداد ٥ أيام [article:16]،", CONTEXT).orElseThrow();
        assertEquals("يستغرق الاسترداد ٥ أيام،", a.text());
    }

    @Test
    void inventedMarkersAreIgnored() {
        GroundedAnswer a = Citations.parse("Yes [article:99] and [chunk:handbook.md#3]", CONTEXT).orElseThrow();
        assertEquals(List.of(CHUNK), a.cited());
        assertEquals("Yes and", a.text());
    }

    @Test
    void noAnswerOrNoGroundingIsEmpty() {
        assertTrue(Citations.parse("NO_ANSWER", CONTEXT).isEmpty());
        assertTrue(Citations.parse("  NO_ANSWER.", CONTEXT).isEmpty());
        assertTrue(Citations.parse("Refunds take 5 days.", CONTEXT).isEmpty(), "cites nothing");
        assertTrue(Citations.parse("Sure [article:99]", CONTEXT).isEmpty(), "cites only what it was not given");
        assertTrue(Citations.parse("", CONTEXT).isEmpty());
    }
}
