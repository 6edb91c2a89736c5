package org.nura.handoff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RatingBookTest {

    @Test
    void aCommentIsStrippedAndABlankOneIsNone() {
        assertEquals("quick and kind", RatingBook.comment("  quick and kind \n"));
        assertNull(RatingBook.comment("   "));
        assertNull(RatingBook.comment(null));
    }

    @Test
    void commentsAreMeasuredInCharactersAfterStripping() {
        assertTrue(RatingBook.commentFits(null));
        assertTrue(RatingBook.commentFits(" " + "😀".repeat(1000) + " "), "emoji count once each");
        assertFalse(RatingBook.commentFits("a".repeat(1001)));
    }
}
