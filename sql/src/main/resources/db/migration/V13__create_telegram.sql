-- The Telegram channel (issue 19).
-- One row per chat: the NURA session the chat continues (its token is needed to continue it) and the customer id
-- ("tg:<chat id>"). customer_id and session_id make the privacy component find and erase these rows.
CREATE TABLE telegram_chats (
    chat_id       BIGINT PRIMARY KEY,
    customer_id   VARCHAR(128) NOT NULL,
    session_id    VARCHAR(64),
    session_token VARCHAR(128),
    lang          VARCHAR(8) NOT NULL DEFAULT 'ar',
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX telegram_chats_session_idx ON telegram_chats (session_id);
CREATE INDEX telegram_chats_customer_idx ON telegram_chats (customer_id);

-- The 1-5 rating a Telegram customer gives at the end of a conversation.
CREATE TABLE telegram_ratings (
    id          BIGSERIAL PRIMARY KEY,
    chat_id     BIGINT NOT NULL,
    customer_id VARCHAR(128) NOT NULL,
    session_id  VARCHAR(64),
    rating      SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX telegram_ratings_session_idx ON telegram_ratings (session_id);
CREATE INDEX telegram_ratings_customer_idx ON telegram_ratings (customer_id);

-- Updates already handled: Telegram re-delivers a webhook update it thinks failed, and a poller that lost its
-- lease mid-batch may fetch the same updates again. Only the id is kept (no customer data).
CREATE TABLE telegram_updates (
    update_id   BIGINT PRIMARY KEY,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX telegram_updates_received_idx ON telegram_updates (received_at);

-- The long-polling lease (one poller across all nodes) and the getUpdates offset it has confirmed.
CREATE TABLE telegram_poller (
    name          VARCHAR(32) PRIMARY KEY,
    owner         VARCHAR(128),
    lease_until   TIMESTAMPTZ NOT NULL DEFAULT 'epoch',
    update_offset BIGINT NOT NULL DEFAULT 0
);
INSERT INTO telegram_poller (name) VALUES ('telegram');
