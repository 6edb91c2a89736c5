-- Live events of handoff sessions (agent replies, customer messages for agents, status changes). Their ids are
-- the Server-Sent Events ids: a client reconnecting with Last-Event-ID is replayed what it missed from here.
CREATE TABLE live_events (
    id          BIGSERIAL    PRIMARY KEY,
    session_id  VARCHAR(64)  NOT NULL,
    audience    VARCHAR(16)  NOT NULL,
    event_type  VARCHAR(32)  NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT live_events_audience_ck CHECK (audience IN ('customer', 'agents', 'both'))
);
CREATE INDEX live_events_session_idx ON live_events (session_id, id);
CREATE INDEX live_events_audience_idx ON live_events (audience, id);

-- Canned replies agents pick in the console.
CREATE TABLE canned_replies (
    id          BIGSERIAL    PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    body        TEXT         NOT NULL,
    lang        VARCHAR(8)   NOT NULL DEFAULT 'ar',
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
