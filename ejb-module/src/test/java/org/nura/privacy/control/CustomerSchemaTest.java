package org.nura.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rows that refer to others are deleted first, so that no foreign key stops an erasure. */
class CustomerSchemaTest {

    @Test
    void referringTablesComeBeforeTheTablesTheyReferTo() {
        Map<String, CustomerSchema.Table> tables = new LinkedHashMap<>();
        for (String name : List.of("chat_turns", "conversation_logs", "message_feedback", "sessions", "tree_clicks")) {
            tables.put(name, new CustomerSchema.Table(name, true, false, true));
        }
        Map<String, Set<String>> referrers = Map.of(
                "sessions", Set.of("conversation_logs", "message_feedback", "chat_turns"),
                "conversation_logs", Set.of("message_feedback"));
        List<String> order = CustomerSchema.referrersFirst(tables, referrers).stream().map(CustomerSchema.Table::name)
                .toList();
        assertEquals(List.of("chat_turns", "message_feedback", "tree_clicks", "conversation_logs", "sessions"), order);
    }

    @Test
    void aCycleStillYieldsEveryTableOnce() {
        Map<String, CustomerSchema.Table> tables = new LinkedHashMap<>();
        tables.put("a", new CustomerSchema.Table("a", true, false, false));
        tables.put("b", new CustomerSchema.Table("b", true, false, false));
        assertEquals(2, CustomerSchema.referrersFirst(tables, Map.of("a", Set.of("b"), "b", Set.of("a"))).size());
    }

    @Test
    void theFilterNamesTheColumnsTheTableHas() {
        assertEquals("session_id = ANY(?) OR customer_id = ?",
                new CustomerSchema.Table("t", true, true, true).customerFilter());
        assertEquals("customer_id = ?", new CustomerSchema.Table("t", false, true, true).customerFilter());
        assertEquals("session_id = ANY(?)", new CustomerSchema.Table("t", true, true, true).sessionsOnly()
                .customerFilter());
    }
}
