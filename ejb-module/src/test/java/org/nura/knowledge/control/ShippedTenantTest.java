package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nura.knowledge.entity.TopicNode;

class ShippedTenantTest {

    private final ShippedTenant tenant = new ShippedTenant();

    @Test
    void theSampleTenantReadsAsValidEntities() {
        assertEquals(29, tenant.articles().size());
        assertTrue(tenant.articles().stream().anyMatch(a -> a.id() == 16 && a.text("ku").isPresent()));
        assertEquals(20, tenant.intents().size());
        assertEquals(3, tenant.documents().size());
    }

    @Test
    void theTreeIsFlattenedParentsFirst() {
        List<TopicNode> nodes = tenant.topics();
        assertEquals("root", nodes.get(0).id());
        assertNull(nodes.get(0).parentId());
        for (int i = 1; i < nodes.size(); i++) {
            String parent = nodes.get(i).parentId();
            assertTrue(nodes.subList(0, i).stream().anyMatch(n -> n.id().equals(parent)), nodes.get(i).id());
        }
    }

    @Test
    void examplePhrasingsAreReadWithTheirLanguage() {
        var examples = tenant.examples();
        assertTrue(examples.size() > 100, "the tenant ships example phrasings");
        assertTrue(examples.stream().anyMatch(e -> "packages".equals(e.intentId()) && "ku".equals(e.lang())));
        assertTrue(examples.stream().noneMatch(e -> "intent".equals(e.intentId())), "the header is not an example");
    }
}
