-- Jobs retry with growing delays and end in a dead-letter queue: each row knows when its next attempt is due,
-- when it was last tried, when it was dead-lettered and how often an operator re-drove it. "failed" is folded into
-- "dead" (a job that will not run again without an operator); "retrying" waits for a delayed redelivery.
ALTER TABLE jobs ADD COLUMN reference       VARCHAR(64);
ALTER TABLE jobs ADD COLUMN next_attempt_at TIMESTAMPTZ;
ALTER TABLE jobs ADD COLUMN last_attempt_at TIMESTAMPTZ;
ALTER TABLE jobs ADD COLUMN dead_at         TIMESTAMPTZ;
ALTER TABLE jobs ADD COLUMN redrives        INTEGER NOT NULL DEFAULT 0;

UPDATE jobs SET status = 'dead', dead_at = updated_at WHERE status = 'failed';
UPDATE jobs SET next_attempt_at = created_at WHERE status = 'queued';

ALTER TABLE jobs DROP CONSTRAINT jobs_status_ck;
ALTER TABLE jobs ADD CONSTRAINT jobs_status_ck CHECK (status IN ('queued', 'retrying', 'done', 'dead'));

-- the recovery sweep looks for waiting jobs whose attempt is long overdue
CREATE INDEX jobs_due_idx ON jobs (next_attempt_at) WHERE status IN ('queued', 'retrying');
CREATE INDEX jobs_reference_idx ON jobs (reference);
