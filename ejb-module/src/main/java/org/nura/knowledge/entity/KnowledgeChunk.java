package org.nura.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One retrieval passage of a handbook document, as ingested; the on-box model indexes these. */
@Entity
@Table(name = "knowledge_chunks")
@NamedQuery(name = "KnowledgeChunk.findAll",
        query = "SELECT c FROM KnowledgeChunk c ORDER BY c.documentId, c.position")
@NamedQuery(name = "KnowledgeChunk.deleteOfDocument", query = "DELETE FROM KnowledgeChunk c WHERE c.documentId = :id")
@NamedQuery(name = "KnowledgeChunk.countByDocument",
        query = "SELECT c.documentId, COUNT(c) FROM KnowledgeChunk c GROUP BY c.documentId")
public class KnowledgeChunk {

    @Id
    @Column(name = "chunk_id")
    private String chunkId;

    @Column(name = "document_id", nullable = false)
    private String documentId;

    @Column(nullable = false)
    private int position;

    private String title;

    @Column(nullable = false)
    private String text;

    private String lang;

    protected KnowledgeChunk() {
    }

    public KnowledgeChunk(String chunkId, String documentId, int position, String title, String text, String lang) {
        if (chunkId == null || documentId == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a chunk has an id, a document and text");
        }
        this.chunkId = chunkId;
        this.documentId = documentId;
        this.position = position;
        this.title = title;
        this.text = text;
        this.lang = lang;
    }

    public String chunkId() {
        return chunkId;
    }

    public String documentId() {
        return documentId;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public String lang() {
        return lang;
    }
}
