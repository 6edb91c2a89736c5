package org.nura.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One ingestion of a handbook document: how it went, how many chunks it gave, when. */
@Entity
@Table(name = "ingestion_logs")
@NamedQuery(name = "IngestionLog.newest", query = "SELECT l FROM IngestionLog l ORDER BY l.id DESC")
@NamedQuery(name = "IngestionLog.latestPerDocument", query = "SELECT l FROM IngestionLog l WHERE l.id IN "
        + "(SELECT MAX(m.id) FROM IngestionLog m WHERE m.documentId IS NOT NULL GROUP BY m.documentId)")
public class IngestionLog {

    public static final String OK = "ok";
    public static final String FAILED = "failed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id")
    private String documentId;

    @Column(nullable = false)
    private String filename;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int chunks;

    private String error;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    protected IngestionLog() {
    }

    public IngestionLog(String documentId, String filename, OffsetDateTime startedAt, int chunks, String error) {
        this.documentId = documentId;
        this.filename = filename == null || filename.isBlank() ? "(unnamed)" : filename;
        this.status = error == null ? OK : FAILED;
        this.chunks = chunks;
        this.error = error;
        this.startedAt = startedAt;
        this.finishedAt = OffsetDateTime.now();
    }

    public String documentId() {
        return documentId;
    }

    public String filename() {
        return filename;
    }

    public String status() {
        return status;
    }

    public int chunks() {
        return chunks;
    }

    public String error() {
        return error;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }
}
