package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandbookChunkerTest {

    private static String markdown(String name) {
        return new String(TenantContent.bytes("tenant/knowledge/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void markdownIsCutAtHeadingsAndSize() {
        String text = markdown("agent-handbook-ar.md");
        List<TenantContent.Chunk> chunks = new HandbookChunker(800).markdown("hb", "ar", text);
        assertTrue(chunks.size() > 20, "chunks: " + chunks.size());
        chunks.forEach(c -> assertTrue(c.text().length() <= 800, c.id() + " has " + c.text().length()));
        TenantContent.Chunk puk = chunks.stream().filter(c -> c.title().endsWith("PUK / قفل SIM")).findFirst().orElseThrow();
        assertTrue(puk.title().startsWith("دليل موظف مركز الاتصالات › 9. نصوص المحادثات"), puk.title());
        assertTrue(puk.text().contains("PUK"));
        assertEquals("ar", puk.lang());
    }

    @Test
    void noMarkdownTextIsLost() {
        String text = markdown("guided-content-ku.md");
        String chunked = String.join(" ", new HandbookChunker(300).markdown("g", "ku", text).stream()
                .map(TenantContent.Chunk::text).toList());
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#") && !line.strip().equals("---")) {
                for (String word : line.strip().split("\\s+")) {
                    assertTrue(chunked.contains(word), "lost: " + word);
                }
            }
        }
    }

    @Test
    void smallerSizeGivesMoreAndSmallerChunks() {
        String text = markdown("company-profile-ar.md");
        List<TenantContent.Chunk> big = new HandbookChunker(800).markdown("p", "ar", text);
        List<TenantContent.Chunk> small = new HandbookChunker(200).markdown("p", "ar", text);
        assertTrue(small.size() > big.size());
        small.forEach(c -> assertTrue(c.text().length() <= 200, c.id()));
    }

    @Test
    void pdfTextIsExtractedAndChunked() throws IOException {
        byte[] pdf = TenantContent.bytes("tenant/knowledge/agent-handbook-en.pdf");
        List<TenantContent.Chunk> chunks = new HandbookChunker().pdf("agent-handbook-en.pdf", "en", pdf);
        assertTrue(chunks.size() >= 8, "chunks: " + chunks.size());
        chunks.forEach(c -> assertTrue(c.text().length() <= HandbookChunker.DEFAULT_SIZE, c.id()));
        String all = String.join("\n", chunks.stream().map(TenantContent.Chunk::text).toList());
        assertTrue(all.contains("Call Center Employee Handbook"));
        assertTrue(all.contains("PUK"));
        assertTrue(chunks.get(0).title().endsWith("p. 1"));
    }

    @Test
    void absurdSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HandbookChunker(10));
    }
}
