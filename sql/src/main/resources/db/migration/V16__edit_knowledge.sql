-- Knowledge edited in the console: articles are retired, not deleted (conversation logs and citations still
-- name them); the supervisor's decision on each knowledge gap (keyed by the report's normalized question); and a
-- revision of the knowledge that every node compares with the one its on-box model was trained on.

ALTER TABLE articles ADD COLUMN retired_at TIMESTAMPTZ;

CREATE TABLE knowledge_gap_states (
    normalized  TEXT         PRIMARY KEY,
    status      VARCHAR(16)  NOT NULL,
    target      VARCHAR(128),
    decided_by  VARCHAR(128),
    decided_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT knowledge_gap_states_status_ck CHECK (status IN ('dismissed', 'example', 'article'))
);

-- One row. edited: the console (or an upload) has changed the content, so the shipped sample tenant is never
-- seeded again, even into a table a supervisor emptied.
CREATE TABLE knowledge_revision (
    id          INTEGER      PRIMARY KEY,
    revision    BIGINT       NOT NULL,
    edited      BOOLEAN      NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT knowledge_revision_one_row_ck CHECK (id = 1)
);
INSERT INTO knowledge_revision (id, revision, edited) VALUES (1, 0, false);
