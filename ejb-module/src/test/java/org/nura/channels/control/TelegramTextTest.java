package org.nura.channels.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramTextTest {

    @Test
    void htmlSpecialCharactersAreEscapedAndNothingElse() {
        assertEquals("a &lt;b&gt; &amp; *c* _d_ [e](f) `g`", TelegramText.escape("a <b> & *c* _d_ [e](f) `g`"));
        assertEquals("مرحبا &lt;3", TelegramText.escape("مرحبا <3"));
    }

    @Test
    void aShortTextIsOnePiece() {
        assertEquals(List.of("hello"), TelegramText.split("hello", 4096));
        assertEquals(List.of(""), TelegramText.split("", 4096));
    }

    @Test
    void aLongTextIsSplitAtSpacesIntoPiecesThatFitAndJoinBack() {
        String text = "كلمة ".repeat(2000); // 10,000 characters
        List<String> pieces = TelegramText.split(text, TelegramText.MAX_MESSAGE);
        assertEquals(3, pieces.size());
        pieces.forEach(p -> assertTrue(p.length() <= TelegramText.MAX_MESSAGE, "piece of " + p.length()));
        pieces.subList(0, 2).forEach(p -> assertTrue(p.endsWith(" "), "cut after a space"));
        assertEquals(text, String.join("", pieces));
    }

    @Test
    void aLineBreakIsPreferredToASpace() {
        String text = "a".repeat(3000) + "\n" + "b ".repeat(1000);
        List<String> pieces = TelegramText.split(text, TelegramText.MAX_MESSAGE);
        assertEquals("a".repeat(3000) + "\n", pieces.get(0));
        assertEquals(text, String.join("", pieces));
    }

    @Test
    void aTextWithoutSpacesIsCutHardButNeverInsideASurrogatePair() {
        String text = "x" + "😀".repeat(3000); // 6,001 code units, every cut point but one inside an emoji
        List<String> pieces = TelegramText.split(text, TelegramText.MAX_MESSAGE);
        assertEquals(2, pieces.size());
        pieces.forEach(p -> {
            assertTrue(p.length() <= TelegramText.MAX_MESSAGE);
            assertFalse(Character.isLowSurrogate(p.charAt(0)), "a piece starts inside an emoji");
            assertFalse(Character.isHighSurrogate(p.charAt(p.length() - 1)), "a piece ends inside an emoji");
        });
        assertEquals(text, String.join("", pieces));
    }

    @Test
    void anAnswerKeepsItsSourceLineWithinTheLimitOfItsLastPiece() {
        String answer = "<&> ".repeat(2500); // escaping triples it; the limit counts the parsed text
        List<TelegramCall> calls = Screens.answer(7, answer, "onbox", 0.874, true, "en");
        assertTrue(calls.size() >= 3);
        TelegramCall last = calls.get(calls.size() - 1);
        assertTrue(last.text().endsWith("<i>Source: onbox · confidence 87%</i>"), last.text());
        assertEquals("h", last.keyboard().get(0).get(0).data());
        calls.subList(0, calls.size() - 1).forEach(c -> assertTrue(c.keyboard().isEmpty()));
        StringBuilder parsed = new StringBuilder();
        for (TelegramCall c : calls) {
            String visible = c.text().replace("<i>", "").replace("</i>", "").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
            assertTrue(visible.length() <= TelegramText.MAX_MESSAGE, "parsed length " + visible.length());
            parsed.append(visible);
        }
        assertTrue(parsed.toString().startsWith(answer));
    }

    @Test
    void theSourceLineSpeaksTheChatsLanguage() {
        assertEquals("المصدر: rules · الثقة 100%", Screens.sourceLine("rules", 1.0, "ar"));
        assertEquals("Source: fallback", Screens.sourceLine("fallback", null, "en"));
    }
}
