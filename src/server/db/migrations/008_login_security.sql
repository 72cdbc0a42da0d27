-- Failed logins, so every server behind a load balancer throttles alike
-- (domain/loginThrottle.ts). One row per failure and per key it counts
-- against: the username key and the client address each get a row, so a
-- successful login can clear the username's count and leave the address's.
-- Rows older than the throttle's window plus lock are pruned on every failure
-- and by the daily job.
CREATE TABLE login_failures (
  id        bigserial PRIMARY KEY,
  kind      text NOT NULL CHECK (kind IN ('username', 'address')),
  key       text NOT NULL,
  failed_at timestamptz NOT NULL
);
CREATE INDEX login_failures_key_idx ON login_failures (kind, key, failed_at);
CREATE INDEX login_failures_failed_at_idx ON login_failures (failed_at);

-- The daily job removes sessions past their idle or absolute end.
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);
CREATE INDEX sessions_created_at_idx ON sessions (created_at);
