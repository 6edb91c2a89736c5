package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nura.platform.control.NuraException;

class TopicOrderTest {

    /** root > internet > (slow, apn); root > billing */
    private static Map<String, String> tree() {
        Map<String, String> parentOf = new HashMap<>();
        parentOf.put("root", null);
        parentOf.put("internet", "root");
        parentOf.put("slow", "internet");
        parentOf.put("apn", "internet");
        parentOf.put("billing", "root");
        return parentOf;
    }

    @Test
    void aNodeMovesUnderAnotherBranch() {
        assertDoesNotThrow(() -> TopicOrder.checkMove(tree(), "slow", "billing"));
        assertDoesNotThrow(() -> TopicOrder.checkMove(tree(), "internet", "billing"));
    }

    @Test
    void aNodeNeverMovesUnderItselfOrItsDescendants() {
        assertEquals("topic_cycle", assertThrows(NuraException.class,
                () -> TopicOrder.checkMove(tree(), "internet", "slow")).code());
        assertEquals("topic_cycle", assertThrows(NuraException.class,
                () -> TopicOrder.checkMove(tree(), "internet", "internet")).code());
        assertEquals("topic_parent_required", assertThrows(NuraException.class,
                () -> TopicOrder.checkMove(tree(), "internet", null)).code());
    }

    @Test
    void placeInsertsAtThePositionClampedToTheEnds() {
        List<String> siblings = List.of("a", "b", "c");
        assertEquals(List.of("c", "a", "b"), TopicOrder.place(siblings, "c", 0));
        assertEquals(List.of("b", "c", "a"), TopicOrder.place(siblings, "a", 99));
        assertEquals(List.of("a", "x", "b", "c"), TopicOrder.place(siblings, "x", 1));
        assertEquals(List.of("x", "a", "b", "c"), TopicOrder.place(siblings, "x", -3));
    }

    @Test
    void idsAndLabelsAreChecked() {
        assertEquals("esim-help", TopicOrder.checkId(" esim-help "));
        assertEquals("topic_id_invalid", assertThrows(NuraException.class, () -> TopicOrder.checkId("Bad Id")).code());
        assertEquals(Map.of("ar", "الفواتير"), TopicOrder.checkLabels(Map.of("ar", " الفواتير ", "en", " ")));
        assertEquals("topic_label_required", assertThrows(NuraException.class,
                () -> TopicOrder.checkLabels(Map.of("en", ""))).code());
        assertEquals("unknown_lang", assertThrows(NuraException.class,
                () -> TopicOrder.checkLabels(Map.of("de", "Rechnung"))).code());
    }
}
