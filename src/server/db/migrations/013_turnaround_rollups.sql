-- The turnaround figures read counts, not requests (issue 12's speed targets:
-- the whole answer over 1M requests in under 300 ms p95). Scanning every
-- decision of a 366-day range and sorting it for the percentiles took ~1 s on
-- PostgreSQL at 1M; these tables hold the same counts, kept by triggers in the
-- transaction of every change (a decision, a calendar recompute, the seed), so
-- they can never drift from the rows they count. docs/sla-figures.md.

-- Shanghai is a fixed UTC+8 (workingDays.ts): day and ISO week are arithmetic on
-- the epoch. IMMUTABLE holds (the epoch of an instant does not depend on the
-- session's time zone), so the week can key an index.
CREATE FUNCTION shanghai_day(t timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN date '1970-01-01' + floor((extract(epoch FROM t) + 28800) / 86400)::int;
-- Week 0 starts Monday 1969-12-29 00:00 Shanghai (sql/stats/shanghaiWeek.ts).
CREATE FUNCTION shanghai_week(t timestamptz) RETURNS int
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN floor((extract(epoch FROM t) + 288000) / 604800)::int;

-- The histogram's half-working-day bucket of a stored turnaround (0: up to half
-- a day, i: (i/2, (i+1)/2], 20: over 10), the domain's histogramOf digit for
-- digit; -1 for a decision without one (withdrawn, or a year without calendar).
CREATE FUNCTION turnaround_bucket(status text, turnaround_ms bigint) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN status = 'withdrawn' OR turnaround_ms IS NULL THEN -1
              ELSE least(greatest(ceil(turnaround_ms::float8 / 86400000 * 2) - 1, 0), 20) END;

-- Whose figures a request counts in (turnaroundStats.belongsToReviewer): the
-- decider of an approval, rejection or pause instead, else the assignee (an
-- open or withdrawn request); 0 for nobody.
CREATE FUNCTION request_owner(status text, decided_by integer, assignee_id integer) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN coalesce(CASE WHEN status IN ('approved', 'rejected', 'paused_instead') THEN decided_by ELSE assignee_id END, 0);

-- Decisions per Shanghai day of decided_at, reviewer (request_owner: the
-- decider, or for a withdrawal the assignee) and status, by bucket. Rows that
-- fall to n = 0 stay: they sum to nothing.
CREATE TABLE decision_counts (
  day         date     NOT NULL,
  reviewer_id integer  NOT NULL,
  status      text     NOT NULL,
  bucket      smallint NOT NULL,
  n           integer  NOT NULL,
  PRIMARY KEY (day, reviewer_id, status, bucket)
);
CREATE INDEX decision_counts_reviewer_idx ON decision_counts (reviewer_id, day);

-- One statement's decisions in and out, as signed counts per key, applied in
-- key order so two transactions always lock rows in the same order.
CREATE FUNCTION decision_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO decision_counts AS c (day, reviewer_id, status, bucket, n)
    SELECT shanghai_day(decided_at),
           request_owner(status, decided_by, assignee_id),
           status, turnaround_bucket(status, turnaround_ms), count(*)
      FROM new_rows WHERE decided_at IS NOT NULL
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, reviewer_id, status, bucket) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO decision_counts AS c (day, reviewer_id, status, bucket, n)
    SELECT day, reviewer_id, status, bucket, sum(d)
      FROM (SELECT shanghai_day(decided_at) AS day,
                   request_owner(status, decided_by, assignee_id) AS reviewer_id,
                   status, turnaround_bucket(status, turnaround_ms) AS bucket, -1 AS d
              FROM old_rows WHERE decided_at IS NOT NULL
            UNION ALL
            SELECT shanghai_day(decided_at),
                   request_owner(status, decided_by, assignee_id),
                   status, turnaround_bucket(status, turnaround_ms), 1
              FROM new_rows WHERE decided_at IS NOT NULL) moves
     GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, reviewer_id, status, bucket) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSE
    INSERT INTO decision_counts AS c (day, reviewer_id, status, bucket, n)
    SELECT shanghai_day(decided_at),
           request_owner(status, decided_by, assignee_id),
           status, turnaround_bucket(status, turnaround_ms), -count(*)
      FROM old_rows WHERE decided_at IS NOT NULL
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, reviewer_id, status, bucket) DO UPDATE SET n = c.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER decision_counts_insert AFTER INSERT ON cancellation_requests
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION decision_counts_apply();
CREATE TRIGGER decision_counts_update AFTER UPDATE ON cancellation_requests
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION decision_counts_apply();
CREATE TRIGGER decision_counts_delete AFTER DELETE ON cancellation_requests
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION decision_counts_apply();

INSERT INTO decision_counts (day, reviewer_id, status, bucket, n)
SELECT shanghai_day(decided_at),
       request_owner(status, decided_by, assignee_id),
       status, turnaround_bucket(status, turnaround_ms), count(*)
  FROM cancellation_requests WHERE decided_at IS NOT NULL
 GROUP BY 1, 2, 3, 4;

-- The exact percentiles: the counts say which bucket holds the rank wanted,
-- these indexes then give its value by reading only that bucket's entries,
-- in turnaround order (sql/stats/percentiles.ts). One per week for the weekly
-- medians, one over all time for a range's median and p90.
CREATE INDEX requests_week_turnaround_idx
  ON cancellation_requests (shanghai_week(decided_at), turnaround_ms) INCLUDE (decided_at, decided_by)
  WHERE decided_at IS NOT NULL AND status <> 'withdrawn' AND turnaround_ms IS NOT NULL;
CREATE INDEX requests_decided_turnaround_idx
  ON cancellation_requests (turnaround_ms) INCLUDE (decided_at, decided_by)
  WHERE decided_at IS NOT NULL AND status <> 'withdrawn' AND turnaround_ms IS NOT NULL;

-- Requests for information per asker and Shanghai day (throughput). The audit
-- log only ever grows (migration 001 refuses UPDATE and DELETE on it).
CREATE TABLE info_request_counts (
  day      date    NOT NULL,
  actor_id integer NOT NULL,
  n        integer NOT NULL,
  PRIMARY KEY (day, actor_id)
);

CREATE FUNCTION info_request_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO info_request_counts AS c (day, actor_id, n)
  SELECT shanghai_day(occurred_at), actor_id, count(*)
    FROM new_rows WHERE action = 'request.info_requested' AND actor_id IS NOT NULL
   GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, actor_id) DO UPDATE SET n = c.n + EXCLUDED.n;
  RETURN NULL;
END $$;

CREATE TRIGGER info_request_counts_insert AFTER INSERT ON audit_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION info_request_counts_apply();

INSERT INTO info_request_counts (day, actor_id, n)
SELECT shanghai_day(occurred_at), actor_id, count(*)
  FROM audit_events WHERE action = 'request.info_requested' AND actor_id IS NOT NULL
 GROUP BY 1, 2;

ANALYZE decision_counts;
ANALYZE info_request_counts;
