-- NURA core schema: the tables of the original system, with the keys and
-- indexes the reports need. Identifiers of sessions and messages are UUID
-- strings; every timestamp is timestamptz.

CREATE TABLE sessions (
    session_id            VARCHAR(64)  PRIMARY KEY,
    session_token_hash    VARCHAR(128) NOT NULL,
    customer_id           VARCHAR(128),
    channel               VARCHAR(16)  NOT NULL,
    lang                  VARCHAR(8),
    status                VARCHAR(32)  NOT NULL DEFAULT 'bot',
    handoff_reason        VARCHAR(64),
    assigned_agent        VARCHAR(128),
    low_confidence_streak INTEGER      NOT NULL DEFAULT 0,
    history               TEXT         NOT NULL DEFAULT '[]',
    metadata              TEXT         NOT NULL DEFAULT '{}',
    version               BIGINT       NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_message_at       TIMESTAMPTZ,
    requested_at          TIMESTAMPTZ,
    accepted_at           TIMESTAMPTZ,
    resolved_at           TIMESTAMPTZ,
    CONSTRAINT sessions_status_ck CHECK (status IN ('bot', 'pending_handoff', 'human_active', 'resolved')),
    CONSTRAINT sessions_channel_ck CHECK (channel IN ('web', 'telegram'))
);
CREATE INDEX sessions_status_idx ON sessions (status, updated_at DESC);
CREATE INDEX sessions_customer_idx ON sessions (customer_id);
CREATE INDEX sessions_created_idx ON sessions (created_at);

CREATE TABLE conversation_logs (
    id               BIGSERIAL    PRIMARY KEY,
    message_id       VARCHAR(64)  NOT NULL UNIQUE,
    session_id       VARCHAR(64)  NOT NULL REFERENCES sessions (session_id),
    customer_id      VARCHAR(128),
    channel          VARCHAR(16)  NOT NULL,
    role             VARCHAR(16)  NOT NULL,
    customer_message TEXT,
    response         TEXT,
    lang             VARCHAR(8),
    source           VARCHAR(16),
    confidence       DOUBLE PRECISION,
    intent           VARCHAR(64),
    article_id       INTEGER,
    citations        TEXT,
    escalated        BOOLEAN      NOT NULL DEFAULT FALSE,
    latency_ms       INTEGER,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT conversation_logs_role_ck CHECK (role IN ('customer', 'assistant', 'agent', 'system'))
);
CREATE INDEX conversation_logs_session_idx ON conversation_logs (session_id, created_at);
CREATE INDEX conversation_logs_created_idx ON conversation_logs (created_at);
CREATE INDEX conversation_logs_source_idx ON conversation_logs (source, created_at);
CREATE INDEX conversation_logs_intent_idx ON conversation_logs (intent, created_at);

CREATE TABLE tree_clicks (
    id          BIGSERIAL    PRIMARY KEY,
    session_id  VARCHAR(64),
    customer_id VARCHAR(128),
    topic_id    VARCHAR(64)  NOT NULL,
    label       TEXT,
    article_id  INTEGER,
    lang        VARCHAR(8),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX tree_clicks_created_idx ON tree_clicks (created_at);
CREATE INDEX tree_clicks_topic_idx ON tree_clicks (topic_id, created_at);

CREATE TABLE widget_events (
    id          BIGSERIAL    PRIMARY KEY,
    session_id  VARCHAR(64),
    customer_id VARCHAR(128),
    event_type  VARCHAR(64)  NOT NULL,
    label       TEXT,
    meta        TEXT,
    topic_id    VARCHAR(64),
    article_id  INTEGER,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX widget_events_type_idx ON widget_events (event_type, created_at);
CREATE INDEX widget_events_created_idx ON widget_events (created_at);

CREATE TABLE message_feedback (
    id          BIGSERIAL    PRIMARY KEY,
    session_id  VARCHAR(64)  NOT NULL REFERENCES sessions (session_id),
    message_id  VARCHAR(64)  NOT NULL UNIQUE REFERENCES conversation_logs (message_id),
    rating      VARCHAR(8)   NOT NULL,
    comment     TEXT,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT message_feedback_rating_ck CHECK (rating IN ('up', 'down'))
);
CREATE INDEX message_feedback_created_idx ON message_feedback (created_at);

CREATE TABLE message_insights (
    id                BIGSERIAL    PRIMARY KEY,
    message_id        VARCHAR(64)  NOT NULL UNIQUE,
    session_id        VARCHAR(64)  NOT NULL,
    intent            VARCHAR(64),
    sentiment         VARCHAR(16),
    sentiment_score   DOUBLE PRECISION,
    confidence        DOUBLE PRECISION,
    confidence_bucket VARCHAR(16),
    knowledge_gap     BOOLEAN      NOT NULL DEFAULT FALSE,
    classifier        VARCHAR(16)  NOT NULL DEFAULT 'local',
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX message_insights_created_idx ON message_insights (created_at);
CREATE INDEX message_insights_intent_idx ON message_insights (intent, created_at);
CREATE INDEX message_insights_gap_idx ON message_insights (knowledge_gap, created_at);

CREATE TABLE session_outcomes (
    id                         BIGSERIAL    PRIMARY KEY,
    session_id                 VARCHAR(64)  NOT NULL REFERENCES sessions (session_id),
    status                     VARCHAR(32)  NOT NULL,
    handoff_reason             VARCHAR(64),
    agent_id                   VARCHAR(128),
    issue_category             VARCHAR(128),
    root_cause                 VARCHAR(128),
    resolution_notes           TEXT,
    resolved_by                VARCHAR(128),
    requested_at               TIMESTAMPTZ,
    accepted_at                TIMESTAMPTZ,
    resolved_at                TIMESTAMPTZ,
    time_to_accept_seconds     DOUBLE PRECISION,
    time_to_resolution_seconds DOUBLE PRECISION,
    created_at                 TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at                 TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX session_outcomes_session_idx ON session_outcomes (session_id);
CREATE INDEX session_outcomes_status_idx ON session_outcomes (status, created_at);
CREATE INDEX session_outcomes_created_idx ON session_outcomes (created_at);

CREATE TABLE llm_usage_logs (
    id                 BIGSERIAL     PRIMARY KEY,
    session_id         VARCHAR(64),
    message_id         VARCHAR(64),
    purpose            VARCHAR(32)   NOT NULL,
    model              VARCHAR(128)  NOT NULL,
    prompt_tokens      INTEGER       NOT NULL DEFAULT 0,
    completion_tokens  INTEGER       NOT NULL DEFAULT 0,
    total_tokens       INTEGER       NOT NULL DEFAULT 0,
    estimated_cost_usd NUMERIC(12, 6) NOT NULL DEFAULT 0,
    latency_ms         INTEGER,
    success            BOOLEAN       NOT NULL DEFAULT TRUE,
    error              TEXT,
    created_at         TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX llm_usage_logs_created_idx ON llm_usage_logs (created_at);

CREATE TABLE chat_turns (
    id          BIGSERIAL    PRIMARY KEY,
    session_id  VARCHAR(64)  NOT NULL REFERENCES sessions (session_id),
    role        VARCHAR(16)  NOT NULL,
    sender      VARCHAR(128),
    text        TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX chat_turns_session_idx ON chat_turns (session_id, id);

CREATE TABLE security_logs (
    id          BIGSERIAL    PRIMARY KEY,
    event_type  VARCHAR(64)  NOT NULL,
    username    VARCHAR(128),
    ip          VARCHAR(64),
    path        TEXT,
    detail      TEXT,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX security_logs_created_idx ON security_logs (event_type, created_at);

CREATE TABLE ingestion_logs (
    id           BIGSERIAL    PRIMARY KEY,
    document_id  VARCHAR(64),
    filename     TEXT         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    chunks       INTEGER      NOT NULL DEFAULT 0,
    error        TEXT,
    started_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ
);
CREATE INDEX ingestion_logs_started_idx ON ingestion_logs (started_at);

-- Background jobs: a row exists if and only if its JMS message was sent in
-- the same transaction; consumers use it to stay idempotent.
CREATE TABLE jobs (
    job_id        VARCHAR(64)  PRIMARY KEY,
    job_type      VARCHAR(32)  NOT NULL,
    payload       TEXT         NOT NULL,
    status        VARCHAR(16)  NOT NULL DEFAULT 'queued',
    attempts      INTEGER      NOT NULL DEFAULT 0,
    last_error    TEXT,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    completed_at  TIMESTAMPTZ,
    CONSTRAINT jobs_status_ck CHECK (status IN ('queued', 'done', 'failed', 'dead'))
);
CREATE INDEX jobs_status_idx ON jobs (status, created_at);
