-- Identity: the people who sign in (agents, supervisors, admins), the tokens they ended by signing out, and who
-- holds, accepted, resolved or wrote in a handoff by user id and display name.

CREATE TABLE users (
    id             BIGSERIAL    PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(128) NOT NULL,
    roles          VARCHAR(64)  NOT NULL,  -- comma-separated subset of admin, supervisor, agent
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash  VARCHAR(256) NOT NULL,  -- PBKDF2WithHmacSHA256:iterations:salt:hash (Base64)
    token_version  INTEGER      NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_login_at  TIMESTAMPTZ,
    CONSTRAINT users_roles_ck CHECK (roles ~ '^(admin|supervisor|agent)(,(admin|supervisor|agent))*$')
);
-- user names are compared without case: "Ali" and "ali" are one person
CREATE UNIQUE INDEX users_username_uq ON users (lower(username));

-- Tokens ended by a sign-out before they expired; a row may go once its token would have expired anyway.
CREATE TABLE revoked_tokens (
    token_id    VARCHAR(64)  PRIMARY KEY,
    expires_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX revoked_tokens_expires_idx ON revoked_tokens (expires_at);

-- the id columns (assigned_agent, agent_id, resolved_by, sender) now hold the user id; the names sit beside them
ALTER TABLE sessions ADD COLUMN assigned_agent_name VARCHAR(128);
ALTER TABLE session_outcomes ADD COLUMN agent_name VARCHAR(128);
ALTER TABLE session_outcomes ADD COLUMN resolved_by_name VARCHAR(128);
ALTER TABLE chat_turns ADD COLUMN sender_name VARCHAR(128);
