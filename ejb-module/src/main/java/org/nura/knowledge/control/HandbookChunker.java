package org.nura.knowledge.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Splits handbook documents into retrieval passages: Markdown by headings, then by paragraphs up to a size; PDF
 * text (PDFBox) page by page, then by paragraphs up to the same size. Small passages keep BM25 scores focused.
 */
public final class HandbookChunker {

    /** The default of {@code RAG_CHUNK_SIZE}, in characters. */
    public static final int DEFAULT_SIZE = 800;

    private final int size;

    public HandbookChunker() {
        this(DEFAULT_SIZE);
    }

    public HandbookChunker(int size) {
        if (size < 100) {
            throw new IllegalArgumentException("chunk size below 100 characters: " + size);
        }
        this.size = size;
    }

    /** Chunks of a Markdown document, each titled with its heading path (e.g. "Handbook › Escalation"). */
    public List<TenantContent.Chunk> markdown(String documentId, String lang, String markdown) {
        List<TenantContent.Chunk> chunks = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        for (String line : markdown.split("\r?\n")) {
            int level = headingLevel(line);
            if (level > 0) {
                emit(chunks, documentId, lang, String.join(" › ", headings), section.toString());
                section.setLength(0);
                while (headings.size() >= level) {
                    headings.remove(headings.size() - 1);
                }
                headings.add(line.substring(level).trim());
            } else if (!line.strip().equals("---")) {
                section.append(line).append('\n');
            }
        }
        emit(chunks, documentId, lang, String.join(" › ", headings), section.toString());
        return chunks;
    }

    /** Chunks of a PDF's text layer, titled with the page they start on. */
    public List<TenantContent.Chunk> pdf(String documentId, String lang, byte[] pdf) throws IOException {
        List<TenantContent.Chunk> chunks = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphEnd("\n\n");
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                emit(chunks, documentId, lang, documentId + " p. " + page, stripper.getText(document));
            }
        }
        return chunks;
    }

    private static int headingLevel(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level <= 6 && level < line.length() && line.charAt(level) == ' ' ? level : 0;
    }

    /** Packs paragraphs into chunks of at most {@code size} characters; an oversized paragraph is cut at spaces. */
    private void emit(List<TenantContent.Chunk> chunks, String documentId, String lang, String title, String text) {
        StringBuilder chunk = new StringBuilder();
        for (String paragraph : pieces(text)) {
            if (chunk.length() > 0 && chunk.length() + 2 + paragraph.length() > size) {
                add(chunks, documentId, lang, title, chunk);
            }
            chunk.append(chunk.length() > 0 ? "\n\n" : "").append(paragraph);
        }
        add(chunks, documentId, lang, title, chunk);
    }

    private List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String p = paragraph.strip();
            while (p.length() > size) {
                int cut = p.lastIndexOf(' ', size);
                cut = cut < size / 2 ? size : cut; // no space in reach: cut hard rather than keep an oversized chunk
                pieces.add(p.substring(0, cut).strip());
                p = p.substring(cut).strip();
            }
            if (!p.isEmpty()) {
                pieces.add(p);
            }
        }
        return pieces;
    }

    private static void add(List<TenantContent.Chunk> chunks, String documentId, String lang, String title,
            StringBuilder text) {
        if (text.length() > 0) {
            String id = documentId + "#" + chunks.size();
            chunks.add(new TenantContent.Chunk(id, documentId, title, text.toString(), lang));
            text.setLength(0);
        }
    }
}
