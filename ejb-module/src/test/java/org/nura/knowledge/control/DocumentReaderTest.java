package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Uploads: Markdown and PDF are read and chunked; other files, binary "Markdown" and empty PDFs are refused. */
class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader(new HandbookChunker());

    @Test
    void markdownIsChunkedUnderItsSanitisedName() throws Exception {
        DocumentReader.Parsed p = reader.read("Support Notes (v2).MD",
                "# Billing\n\nInvoices arrive on the 3rd.\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals("support-notes-v2-.md", p.documentId());
        assertEquals("en", p.lang());
        assertEquals(DocumentReader.MARKDOWN, p.contentType());
        assertEquals("support-notes-v2-.md#0", p.chunks().get(0).id());
        assertEquals("Billing", p.chunks().get(0).title());
    }

    @Test
    void pdfIsRecognisedByItsSignatureAndTakesTheGuessedLanguage() throws Exception {
        byte[] pdf = TenantContent.bytes("tenant/knowledge/agent-handbook-en.pdf");
        DocumentReader.Parsed p = reader.read("handbook.pdf", pdf, null);
        assertEquals(DocumentReader.PDF, p.contentType());
        assertTrue(p.chunks().size() > 1);
        assertTrue(p.chunks().stream().allMatch(c -> "en".equals(c.lang())));
        assertTrue(p.text().length() > 500);
    }

    @Test
    void refusesWhatIsNotAHandbook() {
        assertEquals("unsupported_document_type", code("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null));
        assertEquals("unsupported_document_type", code("fake.md", new byte[] {'a', 0, 'b'}, null));
        assertEquals("unsupported_document_type", code("latin1.md", new byte[] {'c', 'a', 'f', (byte) 0xE9}, null));
        assertEquals("unreadable_document", code("broken.pdf", "%PDF-1.7 not really".getBytes(), null));
        assertEquals("empty_document", code("empty.md", "\n\n".getBytes(), null));
        assertEquals("missing_filename", code(null, "# x\n\ny".getBytes(), null));
        assertEquals("invalid_lang", code("a.md", "# x\n\ny".getBytes(), "fr"));
        assertEquals("invalid_characters", code("bell.md", "# x\u0007\n\ny".getBytes(), null));
    }

    private String code(String name, byte[] bytes, String lang) {
        return assertThrows(DocumentReader.Refused.class, () -> reader.read(name, bytes, lang)).code();
    }
}
