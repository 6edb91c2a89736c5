package org.nura.handoff.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nura.platform.control.NuraException;

/** Bad values are refused before the session is even looked at (no collaborator is set here: none is reached). */
class ChatRatingsTest {

    private final ChatRatings ratings = new ChatRatings();

    @Test
    void aRatingOutsideOneToFiveIsA400() {
        for (Integer bad : new Integer[] {null, 0, 6, -1, 100}) {
            NuraException e = assertThrows(NuraException.class, () -> ratings.rate("s", "t", bad, null));
            assertEquals(NuraException.Kind.VALIDATION, e.kind(), String.valueOf(bad));
            assertEquals("invalid_rating", e.code());
        }
    }

    @Test
    void aCommentOverAThousandCharactersIsA400() {
        NuraException e = assertThrows(NuraException.class, () -> ratings.rate("s", "t", 5, "x".repeat(1001)));
        assertEquals("invalid_comment", e.code());
        // a thousand Arabic letters fit: characters are counted, not bytes
        assertThrows(NullPointerException.class, () -> ratings.rate("s", "t", 5, "ب".repeat(1000)),
                "passes the checks and reaches the (here absent) session store");
    }
}
