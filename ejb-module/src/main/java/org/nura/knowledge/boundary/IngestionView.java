package org.nura.knowledge.boundary;

import java.time.OffsetDateTime;

/** One ingestion run as the documents screen lists it; {@code documentId} is null for a refused upload. */
public record IngestionView(String documentId, String filename, String status, int chunks, String error,
        OffsetDateTime startedAt, OffsetDateTime finishedAt) {
}
