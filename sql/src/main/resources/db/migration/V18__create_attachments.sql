-- Attachments of a live chat (issue 20): images and PDFs the customer or the agent sends while a human holds the
-- session. Each one is also a message in conversation_logs (message_id), so every transcript shows it. The bytes
-- live in attachment_contents (PostgreSQL storage) or, when ATTACHMENTS_DIR is set, in a file named by the id
-- (stored_in = 'dir'); the metadata row never carries them, so lists stay cheap. Both tables name the session, so
-- the privacy component's export and erasure find them like any other customer table.

CREATE TABLE attachments (
    id            VARCHAR(36)   PRIMARY KEY,
    session_id    VARCHAR(64)   NOT NULL REFERENCES sessions (session_id),
    message_id    VARCHAR(64)   NOT NULL,
    sender_role   VARCHAR(16)   NOT NULL,
    sender        VARCHAR(128),
    sender_name   VARCHAR(256),
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(64)   NOT NULL,
    size_bytes    INTEGER       NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    stored_in     VARCHAR(8)    NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT attachments_role_ck CHECK (sender_role IN ('customer', 'agent')),
    CONSTRAINT attachments_stored_ck CHECK (stored_in IN ('db', 'dir')),
    CONSTRAINT attachments_type_ck CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp',
        'application/pdf'))
);
CREATE INDEX attachments_session_idx ON attachments (session_id, created_at);
CREATE INDEX attachments_message_idx ON attachments (message_id);

CREATE TABLE attachment_contents (
    attachment_id VARCHAR(36)   PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
    session_id    VARCHAR(64)   NOT NULL,
    content       BYTEA         NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX attachment_contents_session_idx ON attachment_contents (session_id);

-- The fallback key that signs attachment URLs when ATTACHMENTS_URL_SECRET is not configured: generated once per
-- installation from PostgreSQL's strong random source, and shared by every node through the database.
CREATE TABLE attachment_keys (
    id      INTEGER  PRIMARY KEY,
    secret  TEXT     NOT NULL
);
INSERT INTO attachment_keys (id, secret)
VALUES (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
