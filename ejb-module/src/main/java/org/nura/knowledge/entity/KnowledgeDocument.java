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
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
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
}
