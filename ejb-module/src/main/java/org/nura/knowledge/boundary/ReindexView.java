package org.nura.knowledge.boundary;

/** What a re-index did: documents re-chunked, chunks stored, and how long it took including retraining. */
public record ReindexView(int documents, int chunks, long tookMs) {
}
