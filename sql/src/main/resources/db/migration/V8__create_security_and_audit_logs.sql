-- The security log gets what an administrator needs to follow an incident back; the audit log records who
-- changed what (users, roles, settings, the AI switch, knowledge, canned replies, jobs, customers).

ALTER TABLE security_logs ADD COLUMN user_agent VARCHAR(512);
ALTER TABLE security_logs ADD COLUMN request_id VARCHAR(64);
CREATE INDEX security_logs_time_idx ON security_logs (created_at);

CREATE TABLE audit_log (
    id          BIGSERIAL    PRIMARY KEY,
    actor       VARCHAR(128) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target      VARCHAR(256),
    detail      TEXT,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_created_idx ON audit_log (created_at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, created_at);
