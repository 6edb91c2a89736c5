-- Runtime settings every node reads (the AI switch first): a row overrides the configured default, so that an
-- admin's change reaches all nodes without a redeploy.
CREATE TABLE settings (
    key         VARCHAR(64)  PRIMARY KEY,
    value       TEXT         NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Uploaded handbooks keep their original bytes (a PDF can be re-chunked when the chunker improves) and their type.
ALTER TABLE knowledge_documents ADD COLUMN content_type VARCHAR(64) NOT NULL DEFAULT 'text/markdown';
ALTER TABLE knowledge_documents ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE knowledge_documents ADD COLUMN original BYTEA;

-- The retrieval passages of each document as ingested; the on-box model indexes these.
CREATE TABLE knowledge_chunks (
    chunk_id     VARCHAR(160) PRIMARY KEY,
    document_id  VARCHAR(128) NOT NULL REFERENCES knowledge_documents (document_id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    title        TEXT,
    text         TEXT         NOT NULL,
    lang         VARCHAR(8)
);
CREATE INDEX knowledge_chunks_document_idx ON knowledge_chunks (document_id, position);

-- document ids are up to 128 characters in knowledge_documents; the log must hold them too
ALTER TABLE ingestion_logs ALTER COLUMN document_id TYPE VARCHAR(128);
