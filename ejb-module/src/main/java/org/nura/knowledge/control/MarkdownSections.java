package org.nura.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Markdown handbook at its headings, one chunk per section, long sections cut at paragraph breaks.
 * A stop-gap: the on-box model's developer brings a proper chunker; only {@link #chunks} is relied upon.
 */
@ApplicationScoped
public class MarkdownSections {

    static final int MAX_CHARS = 1600;

    public List<TenantContent.Chunk> chunks(String documentId, String lang, String markdown) {
        List<TenantContent.Chunk> chunks = new ArrayList<>();
        String heading = documentId;
        StringBuilder section = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            if (line.startsWith("#")) {
                flush(chunks, documentId, lang, heading, section);
                heading = line.replaceFirst("^#+\\s*", "").trim();
            } else if (!line.isBlank() && !line.trim().equals("---")) {
                section.append(line.trim()).append('\n');
            } else if (section.length() > 0) {
                section.append('\n');
            }
        }
        flush(chunks, documentId, lang, heading, section);
        return chunks;
    }

    private static void flush(List<TenantContent.Chunk> chunks, String documentId, String lang, String heading,
            StringBuilder section) {
        String text = section.toString().trim();
        section.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        for (String part : split(text)) {
            chunks.add(new TenantContent.Chunk(documentId + "#" + chunks.size(), documentId, heading, part, lang));
        }
    }

    /** Cuts a long section at paragraph breaks so that one passage stays quotable. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (part.length() > 0 && part.length() + paragraph.length() > MAX_CHARS) {
                parts.add(part.toString().trim());
                part.setLength(0);
            }
            part.append(paragraph).append("\n\n");
        }
        if (part.length() > 0) {
            parts.add(part.toString().trim());
        }
        return parts;
    }

    /** The document id a chunk id ({@code document#n}) belongs to. */
    public static String documentOf(String chunkId) {
        int hash = chunkId.lastIndexOf('#');
        return hash < 0 ? chunkId : chunkId.substring(0, hash);
    }
}
