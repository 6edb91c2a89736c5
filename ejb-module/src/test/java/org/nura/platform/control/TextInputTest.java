package org.nura.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The one rule for outside text: people's text passes whole, control characters and broken UTF-16 do not. */
class TextInputTest {

    @Test
    void peoplesTextPasses() {
        for (String text : new String[] {null, "", "مرحبا\tبك\r\n", "Silav 👋🏽", "\u200f\u202etext", "<script>"}) {
            assertEquals(text, TextInput.check("message", text));
            assertEquals(-1, TextInput.firstDisallowed(text));
        }
    }

    @Test
    void controlsAndLoneSurrogatesAreRefusedWithTheirPosition() {
        NuraException e = assertThrows(NuraException.class, () -> TextInput.check("message", "ab\u0000c"));
        assertEquals("invalid_characters", e.code());
        assertEquals("message contains a character that is not allowed (U+0000 at position 2)", e.getMessage());
        for (String bad : new String[] {"\u0007", "\u001b", "\u007f", "\u0085", "\ud83d", "x\ude00", "\uffff"}) {
            assertEquals(NuraException.Kind.VALIDATION,
                    assertThrows(NuraException.class, () -> TextInput.check("f", bad)).kind());
        }
    }

    @Test
    void extractedTextLosesOnlyTheDisallowedCharacters() {
        assertEquals("a👋b\n", TextInput.strip("a\u0000👋\ud800b\n\u0001"));
        String clean = "nothing to drop";
        assertEquals(clean, TextInput.strip(clean));
    }
}
