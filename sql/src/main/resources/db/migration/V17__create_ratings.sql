-- End-of-chat ratings of both channels in one table (issue 20): the widget's 1-5 stars with an optional comment and
-- Telegram's 1-5 buttons (issue 19 kept those in telegram_ratings, moved here). A rating belongs to one handoff
-- (outcome_id, the session_outcomes row it closed) and to the agent who held it then, so the agents report can show
-- each agent's average; one rating per handoff (the partial unique index), rows moved from Telegram without a
-- handoff keep outcome_id null. customer_id and session_id let the privacy component export and erase the rows.
CREATE TABLE ratings (
    id          BIGSERIAL PRIMARY KEY,
    session_id  VARCHAR(64),
    outcome_id  BIGINT,
    channel     VARCHAR(16)  NOT NULL,
    customer_id VARCHAR(128) NOT NULL,
    agent_id    VARCHAR(128),
    agent_name  VARCHAR(128),
    rating      SMALLINT     NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment     VARCHAR(1000),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ratings_outcome_uq ON ratings (outcome_id) WHERE outcome_id IS NOT NULL;
CREATE INDEX ratings_session_idx ON ratings (session_id);
CREATE INDEX ratings_customer_idx ON ratings (customer_id);
CREATE INDEX ratings_created_idx ON ratings (created_at);

-- Telegram's ratings move over: each gets the handoff its session had last resolved before it was given (and that
-- handoff's agent); of several ratings of one handoff only the first keeps the link, so the unique index holds.
INSERT INTO ratings (session_id, outcome_id, channel, customer_id, agent_id, agent_name, rating, created_at)
SELECT t.session_id, CASE WHEN row_number() OVER (PARTITION BY o.id ORDER BY t.id) = 1 THEN o.id END,
       'telegram', t.customer_id, o.agent_id, o.agent_name, t.rating, t.created_at
FROM telegram_ratings t
LEFT JOIN LATERAL (SELECT id, agent_id, agent_name FROM session_outcomes so
                   WHERE so.session_id = t.session_id AND so.resolved_at IS NOT NULL AND so.resolved_at <= t.created_at
                   ORDER BY so.id DESC LIMIT 1) o ON true
ORDER BY t.id;
DROP TABLE telegram_ratings;

-- The daily aggregate of the ratings (analytics Fact.RATINGS): count and sum by the day given, channel, the session's
-- language and the agent ('' for none), so averages over any days are exact.
CREATE TABLE analytics_daily_ratings (
    day         DATE         NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    lang        VARCHAR(8)   NOT NULL,
    agent_id    VARCHAR(128) NOT NULL,
    ratings     BIGINT       NOT NULL DEFAULT 0,
    rating_sum  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (day, channel, lang, agent_id)
);
