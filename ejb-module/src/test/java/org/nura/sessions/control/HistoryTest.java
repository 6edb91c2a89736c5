package org.nura.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

    @Test
    void appendKeepsTheMostRecentTurnsAndRoundTripsUnicode() {
        String json = "[]";
        for (int i = 0; i < 5; i++) {
            json = History.append(json, List.of(new HistoryTurn("customer", "سؤال " + i, null, "m" + i)), 3);
        }
        List<HistoryTurn> turns = History.turns(json);
        assertEquals(3, turns.size());
        assertEquals("سؤال 2", turns.get(0).text());
        assertEquals("m4", turns.get(2).messageId());
    }

    @Test
    void blankHistoryIsEmpty() {
        assertEquals(List.of(), History.turns(""));
        assertEquals(List.of(), History.turns(null));
    }
}
