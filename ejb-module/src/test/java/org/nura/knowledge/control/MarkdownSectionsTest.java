package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSectionsTest {

    @Test
    void oneChunkPerHeadedSectionWithItsHeadingAsTitle() {
        String md = "# دليل\n\nمقدمة قصيرة\n\n## الحزم\n\nنص عن الحزم\n---\n## فارغ\n\n## Êvar\nNaverok\n";
        List<TenantContent.Chunk> chunks = new MarkdownSections().chunks("doc-ar.md", "ar", md);
        assertEquals(List.of("دليل", "الحزم", "Êvar"), chunks.stream().map(TenantContent.Chunk::title).toList());
        assertEquals("نص عن الحزم", chunks.get(1).text());
        assertEquals("doc-ar.md#1", chunks.get(1).id());
        assertEquals("doc-ar.md", MarkdownSections.documentOf(chunks.get(1).id()));
    }

    @Test
    void longSectionsAreCutAtParagraphs() {
        String paragraph = "x".repeat(900);
        List<TenantContent.Chunk> chunks = new MarkdownSections().chunks("d", "en",
                "# T\n" + paragraph + "\n\n" + paragraph + "\n\n" + paragraph);
        assertEquals(3, chunks.size());
        assertTrue(chunks.stream().allMatch(c -> c.text().length() <= MarkdownSections.MAX_CHARS));
    }
}
