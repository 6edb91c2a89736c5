-- Analytics: rows per UTC day and dimension, written by the aggregate refresh (an hourly EJB timer and
-- POST /v1/analytics/refresh) as "delete the day, insert it again from the raw rows" under a per-day advisory
-- lock, so that two nodes refreshing together end with the same rows, never twice the counts. Reports read these
-- for days listed in analytics_refreshed_days and the raw rows for every other day (today above all).
-- lang is '' where the raw row has none, so that it can be part of a primary key.

CREATE TABLE analytics_refreshed_days (
    day           DATE         PRIMARY KEY,
    refreshed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    millis        INTEGER      NOT NULL DEFAULT 0
);

-- sessions and handed_off count sessions by the day they were created (session lang);
-- customer_messages counts customer rows by the day they were written (message lang)
CREATE TABLE analytics_daily_volume (
    day                DATE         NOT NULL,
    channel            VARCHAR(16)  NOT NULL,
    lang               VARCHAR(8)   NOT NULL,
    sessions           BIGINT       NOT NULL DEFAULT 0,
    handed_off         BIGINT       NOT NULL DEFAULT 0,
    customer_messages  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (day, channel, lang)
);

-- answers by source (assistant rows, agent replies as 'agent', topic-tree articles as 'tree') and intent ('' for
-- none); ratings count on the day of the answer they rate
CREATE TABLE analytics_daily_answers (
    day             DATE              NOT NULL,
    channel         VARCHAR(16)       NOT NULL,
    lang            VARCHAR(8)        NOT NULL,
    source          VARCHAR(16)       NOT NULL,
    intent          VARCHAR(64)       NOT NULL,
    answers         BIGINT            NOT NULL DEFAULT 0,
    confidence_sum  DOUBLE PRECISION  NOT NULL DEFAULT 0,
    confidence_n    BIGINT            NOT NULL DEFAULT 0,
    thumbs_up       BIGINT            NOT NULL DEFAULT 0,
    thumbs_down     BIGINT            NOT NULL DEFAULT 0,
    PRIMARY KEY (day, channel, lang, source, intent)
);

-- knowledge gaps grouped by normalised question text; session_id is the latest example, so that erasing or
-- expiring that customer's session (privacy) removes the example text with it
CREATE TABLE analytics_daily_gaps (
    day             DATE          NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    lang            VARCHAR(8)    NOT NULL,
    normalized      TEXT          NOT NULL,
    asked           BIGINT        NOT NULL DEFAULT 0,
    low_confidence  BIGINT        NOT NULL DEFAULT 0,
    fallback        BIGINT        NOT NULL DEFAULT 0,
    flagged         BIGINT        NOT NULL DEFAULT 0,
    example_text    TEXT          NOT NULL,
    session_id      VARCHAR(64),
    example_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (day, channel, lang, normalized)
);
CREATE INDEX analytics_daily_gaps_session_idx ON analytics_daily_gaps (session_id);

-- LLM usage by model; channel and lang of the usage row's session ('' when it has none)
CREATE TABLE analytics_daily_usage (
    day                DATE            NOT NULL,
    channel            VARCHAR(16)     NOT NULL,
    lang               VARCHAR(8)      NOT NULL,
    model              VARCHAR(128)    NOT NULL,
    calls              BIGINT          NOT NULL DEFAULT 0,
    prompt_tokens      BIGINT          NOT NULL DEFAULT 0,
    completion_tokens  BIGINT          NOT NULL DEFAULT 0,
    total_tokens       BIGINT          NOT NULL DEFAULT 0,
    cost_usd           NUMERIC(16, 6)  NOT NULL DEFAULT 0,
    PRIMARY KEY (day, channel, lang, model)
);

-- handoff outcome rows by the day of the request with the session's channel and lang, identical rows counted once
-- with their number: percentiles need each duration, which a sum would lose (no primary key: the values may be null)
CREATE TABLE analytics_daily_handoffs (
    day                 DATE              NOT NULL,
    channel             VARCHAR(16)       NOT NULL,
    lang                VARCHAR(8)        NOT NULL,
    reason              VARCHAR(64),
    status              VARCHAR(32)       NOT NULL,
    category            VARCHAR(128),
    root_cause          VARCHAR(128),
    agent_id            VARCHAR(128),
    agent_name          VARCHAR(128),
    accepted            BOOLEAN           NOT NULL,
    resolved            BOOLEAN           NOT NULL,
    seconds_to_accept   DOUBLE PRECISION,
    seconds_to_resolve  DOUBLE PRECISION,
    handoffs            BIGINT            NOT NULL
);
CREATE INDEX analytics_daily_handoffs_day_idx ON analytics_daily_handoffs (day);

-- Raw reads: today's handoffs by request time (agent and category filter the aggregate's columns, and select the
-- sessions of the message sections); thumbs-down lists by time; today's raw rows by role and time.
CREATE INDEX analytics_outcomes_requested_idx ON session_outcomes (requested_at);
CREATE INDEX analytics_outcomes_agent_idx ON session_outcomes (agent_id, requested_at);
CREATE INDEX analytics_outcomes_category_idx ON session_outcomes (issue_category, requested_at);
CREATE INDEX analytics_feedback_rating_idx ON message_feedback (rating, updated_at);
CREATE INDEX analytics_logs_role_created_idx ON conversation_logs (role, created_at);
CREATE INDEX analytics_sessions_pending_idx ON sessions (requested_at) WHERE status = 'pending_handoff';
