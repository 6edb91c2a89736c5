package org.nura.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nura.platform.control.NuraException;

class InboundChecksTest {

    private final InboundChecks checks = new InboundChecks();

    @Test
    void messagesAreTrimmedAndMustHaveText() {
        assertEquals("hi", checks.message("  hi \n"));
        assertEquals("empty_message", assertThrows(NuraException.class, () -> checks.message(" \t ")).code());
        assertEquals("empty_message", assertThrows(NuraException.class, () -> checks.message(null)).code());
    }

    @Test
    void twoThousandCharactersAreTheLimitCountedAsCharactersNotBytes() {
        assertEquals(2000, checks.message("ب".repeat(2000)).length());
        NuraException tooLong = assertThrows(NuraException.class, () -> checks.message("a".repeat(2001)));
        assertEquals(NuraException.Kind.TOO_LARGE, tooLong.kind());
    }

    @Test
    void channelAndLanguageMustBeKnown() {
        assertEquals("web", checks.channel(null));
        assertEquals("telegram", checks.channel("telegram"));
        assertEquals("unknown_channel", assertThrows(NuraException.class, () -> checks.channel("sms")).code());
        assertNull(checks.lang(null));
        assertEquals("ku", checks.lang("ku"));
        assertEquals("unknown_lang", assertThrows(NuraException.class, () -> checks.lang("fr")).code());
    }
}
