-- Login attempts, kept where every replica sees them, so the login rate limits (API.md: 5 failures
-- per email in 15 minutes, 20 attempts per client address per minute) hold for the platform, not
-- per process. Rows older than the longest window are deleted as new attempts arrive.
CREATE TABLE login_attempts (
    kind    TEXT        NOT NULL,  -- 'client' (every attempt) or 'email-failure'
    subject TEXT        NOT NULL,  -- the client address, or the email in lower case
    at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_attempts_subject_idx ON login_attempts (kind, subject, at);
CREATE INDEX login_attempts_at_idx ON login_attempts (at);
