package org.nura.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A handbook document as text; retrieval indexes its chunks. */
@Entity
@Table(name = "knowledge_documents")
@NamedQuery(name = "KnowledgeDocument.findAll", query = "SELECT d FROM KnowledgeDocument d ORDER BY d.documentId")
public class KnowledgeDocument {

    @Id
    @Column(name = "document_id")
    private String documentId;

    @Column(nullable = false)
    private String filename;

    private String lang;

    @Column(nullable = false)
    private String content;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    /** The uploaded bytes as they came (null for documents loaded as text), so a PDF can be re-chunked later. */
    private byte[] original;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected KnowledgeDocument() {
    }

    public KnowledgeDocument(String documentId, String filename, String lang, String content) {
        if (documentId == null || documentId.isBlank() || documentId.length() > 128) {
            throw new IllegalArgumentException("a document needs an id of at most 128 characters");
        }
        if (filename == null || filename.isBlank() || content == null) {
            throw new IllegalArgumentException("document " + documentId + " needs a file name and content");
        }
        this.documentId = documentId;
        this.filename = filename;
        this.lang = lang;
        this.content = content;
        this.contentType = "text/markdown";
        this.sizeBytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
    }

    /** An uploaded document: its extracted text and the original bytes. */
    public KnowledgeDocument(String documentId, String filename, String lang, String content, String contentType,
            byte[] original) {
        this(documentId, filename, lang, content);
        replace(filename, lang, content, contentType, original);
    }

    /** A new upload under the same id replaces text, type and bytes; the creation time stays. */
    public void replace(String newFilename, String newLang, String newContent, String newContentType, byte[] bytes) {
        this.filename = newFilename;
        this.lang = newLang;
        this.content = newContent;
        this.contentType = newContentType;
        this.original = bytes;
        this.sizeBytes = bytes.length;
        this.updatedAt = OffsetDateTime.now();
    }

    public String documentId() {
        return documentId;
    }

    public String filename() {
        return filename;
    }

    public String lang() {
        return lang;
    }

    public String content() {
        return content;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    /** The original bytes, or null when the document was loaded as text. */
    public byte[] original() {
        return original;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
