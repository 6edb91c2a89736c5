package org.nura.knowledge.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nura.platform.control.TextInput;

/**
 * Reads an uploaded handbook: PDF (recognised by its {@code %PDF-} signature, not by its name) or Markdown/plain
 * text in UTF-8; anything else is refused. Gives the document's id, text, language and retrieval chunks.
 */
public final class DocumentReader {

    public static final String PDF = "application/pdf";
    public static final String MARKDOWN = "text/markdown";

    /** Why a file cannot be a handbook document; {@code code} is the API's error code. */
    public static final class Refused extends Exception {
        private final String code;

        public Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A document ready to store. */
    public record Parsed(String documentId, String contentType, String lang, String text,
            List<TenantContent.Chunk> chunks) {
    }

    private final HandbookChunker chunker;

    public DocumentReader(HandbookChunker chunker) {
        this.chunker = chunker;
    }

    public Parsed read(String filename, byte[] bytes, String lang) throws Refused {
        String id = documentId(filename);
        boolean pdf = isPdf(bytes);
        String name = filename.toLowerCase(Locale.ROOT);
        if (!pdf && !(name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"))) {
            throw new Refused("unsupported_document_type", "Upload a Markdown (.md, .txt) or PDF file");
        }
        if (pdf) {
            return pdf(id, bytes, lang);
        }
        String text = utf8(bytes);
        if (TextInput.firstDisallowed(text) >= 0) {
            throw new Refused("invalid_characters", "The document holds NUL or other control characters: is it text?");
        }
        String language = language(lang, text);
        return checked(new Parsed(id, MARKDOWN, language, text, chunker.markdown(id, language, text)));
    }

    private Parsed pdf(String id, byte[] bytes, String lang) throws Refused {
        try {
            List<TenantContent.Chunk> chunks = chunker.pdf(id, null, bytes);
            // PDF extraction may yield control characters no one wrote; they are dropped, PostgreSQL refuses NUL
            chunks = chunks.stream().map(c -> new TenantContent.Chunk(c.id(), c.documentId(), TextInput.strip(c.title()),
                    TextInput.strip(c.text()), c.lang())).toList();
            String text = chunks.stream().map(TenantContent.Chunk::text).collect(Collectors.joining("\n\n"));
            String language = language(lang, text);
            // the language is known only once the text is out; the chunks take it afterwards
            return checked(new Parsed(id, PDF, language, text, chunks.stream()
                    .map(c -> new TenantContent.Chunk(c.id(), c.documentId(), c.title(), c.text(), language)).toList()));
        } catch (IOException | RuntimeException e) {
            // PDFBox reports some damaged files with runtime exceptions: either way the upload is refused
            throw new Refused("unreadable_document", "The PDF cannot be read: " + e.getMessage());
        }
    }

    private static Parsed checked(Parsed parsed) throws Refused {
        if (parsed.chunks().isEmpty()) {
            throw new Refused("empty_document", "The document has no text to learn from (a scanned PDF needs OCR first)");
        }
        return parsed;
    }

    /** The id a file is stored under: its name, lower-cased, reduced to letters, digits, dot, dash and underscore. */
    public static String documentId(String filename) throws Refused {
        String base = filename == null ? "" : filename.substring(filename.replace('\\', '/').lastIndexOf('/') + 1);
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+", "");
        if (id.isEmpty()) {
            throw new Refused("missing_filename", "The file part needs a file name, e.g. handbook.md");
        }
        return id.length() > 100 ? id.substring(id.length() - 100) : id;
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    private static String utf8(byte[] bytes) throws Refused {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new Refused("unsupported_document_type", "A Markdown file is text; this one holds binary data");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Refused("unsupported_document_type", "A Markdown file must be UTF-8 text");
        }
    }

    private static String language(String asked, String text) throws Refused {
        if (asked != null && !asked.isBlank()) {
            if (!Languages.supported(asked.strip())) {
                throw new Refused("invalid_lang", "lang must be one of " + Languages.SUPPORTED);
            }
            return asked.strip();
        }
        // Arabizi is how customers type, not how handbooks are written: in a whole document a few words like
        // "law" or "min" trip the message-sized Arabizi guess, and a document's language must be a supported one
        return LanguageGuesser.supportedGuess(text, Languages.ENGLISH);
    }
}
