package org.nura.knowledge.boundary;

import java.time.OffsetDateTime;

/** A handbook document as listed: what it is, how many chunks it gave, and its last ingestion. */
public record DocumentView(String documentId, String filename, String lang, String contentType, int sizeBytes,
        long chunks, OffsetDateTime createdAt, OffsetDateTime updatedAt, Ingestion lastIngestion) {

    /** One ingestion run of the document. */
    public record Ingestion(String status, int chunks, String error, OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {
    }
}
