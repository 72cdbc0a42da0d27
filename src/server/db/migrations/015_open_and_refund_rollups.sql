-- The rest of the turnaround answer from counts (013 did the decisions): at 1M
-- requests the open ones (400k in the bench's seed) and the paid refunds
-- (230k) each took 150-300 ms to scan. Same pattern as 013: statement
-- triggers with transition tables, signed counts applied in key order, in the
-- transaction of the change. docs/sla-figures.md.

-- Open requests per status, assignee, Shanghai day of dueAt and of riskAt.
-- Their age moves with the clock, so it is not stored, except for a request
-- awaiting the customer since paused_at: its SLA clock stopped there
-- (turnaroundStatsBacklog.slaClock), so its age is fixed and kept in
-- paused_age; '' means the clock runs. A missing deadline is day -infinity.
-- The reader (sql/stats/openRequests.ts) ages a row by its days against
-- today, and reads the few requests due or at risk today from the rows.
CREATE TABLE open_counts (
  status      text    NOT NULL,
  assignee_id integer NOT NULL,
  due_day     date    NOT NULL,
  risk_day    date    NOT NULL,
  paused_age  text    NOT NULL,
  n           integer NOT NULL,
  PRIMARY KEY (status, assignee_id, due_day, risk_day, paused_age)
);

CREATE FUNCTION open_count_paused_age(status text, paused_at timestamptz, risk_at timestamptz, due_at timestamptz)
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN status <> 'awaiting_customer' OR paused_at IS NULL THEN ''
              WHEN risk_at IS NULL OR due_at IS NULL THEN 'unknown'
              WHEN due_at < paused_at THEN 'breached'
              WHEN risk_at <= paused_at THEN 'at_risk'
              ELSE 'on_track' END;

CREATE FUNCTION open_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO open_counts AS c (status, assignee_id, due_day, risk_day, paused_age, n)
    SELECT status, coalesce(assignee_id, 0), coalesce(shanghai_day(due_at), '-infinity'),
             coalesce(shanghai_day(risk_at), '-infinity'), open_count_paused_age(status, paused_at, risk_at, due_at), count(*)
      FROM new_rows WHERE status IN ('submitted', 'in_review', 'awaiting_customer')
     GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (status, assignee_id, due_day, risk_day, paused_age) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO open_counts AS c (status, assignee_id, due_day, risk_day, paused_age, n)
    SELECT status, assignee_id, due_day, risk_day, paused_age, sum(d)
      FROM (SELECT status, coalesce(assignee_id, 0) AS assignee_id,
                   coalesce(shanghai_day(due_at), '-infinity') AS due_day,
                   coalesce(shanghai_day(risk_at), '-infinity') AS risk_day,
                   open_count_paused_age(status, paused_at, risk_at, due_at) AS paused_age, -1 AS d
              FROM old_rows WHERE status IN ('submitted', 'in_review', 'awaiting_customer')
            UNION ALL
            SELECT status, coalesce(assignee_id, 0), coalesce(shanghai_day(due_at), '-infinity'),
             coalesce(shanghai_day(risk_at), '-infinity'), open_count_paused_age(status, paused_at, risk_at, due_at), 1
              FROM new_rows WHERE status IN ('submitted', 'in_review', 'awaiting_customer')) moves
     GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (status, assignee_id, due_day, risk_day, paused_age) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSE
    INSERT INTO open_counts AS c (status, assignee_id, due_day, risk_day, paused_age, n)
    SELECT status, coalesce(assignee_id, 0), coalesce(shanghai_day(due_at), '-infinity'),
             coalesce(shanghai_day(risk_at), '-infinity'), open_count_paused_age(status, paused_at, risk_at, due_at), -count(*)
      FROM old_rows WHERE status IN ('submitted', 'in_review', 'awaiting_customer')
     GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (status, assignee_id, due_day, risk_day, paused_age) DO UPDATE SET n = c.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER open_counts_insert AFTER INSERT ON cancellation_requests
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_counts_apply();
CREATE TRIGGER open_counts_update AFTER UPDATE ON cancellation_requests
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_counts_apply();
CREATE TRIGGER open_counts_delete AFTER DELETE ON cancellation_requests
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION open_counts_apply();

INSERT INTO open_counts (status, assignee_id, due_day, risk_day, paused_age, n)
SELECT status, coalesce(assignee_id, 0), coalesce(shanghai_day(due_at), '-infinity'),
       coalesce(shanghai_day(risk_at), '-infinity'), open_count_paused_age(status, paused_at, risk_at, due_at), count(*)
  FROM cancellation_requests WHERE status IN ('submitted', 'in_review', 'awaiting_customer')
 GROUP BY 1, 2, 3, 4, 5;

-- The requests due or at risk today, which the reader ages from the rows
-- (requests_open_stats_idx, 011, is on due_at; this one is on risk_at).
CREATE INDEX requests_open_risk_idx ON cancellation_requests (risk_at)
  INCLUDE (status, assignee_id, due_at, paused_at)
  WHERE status IN ('submitted', 'in_review', 'awaiting_customer');

-- Refunds per status and, once paid, per Shanghai day of paid_at and whole
-- hours from the last approval to payment (capped at 240: ten days and more);
-- day -infinity and hours -1 where there is none. Pending amounts, paid per
-- week and the bucket holding the median delay are sums of these rows.
CREATE FUNCTION refund_delay(paid_at timestamptz, first_approved_at timestamptz, second_approved_at timestamptz)
  RETURNS interval LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN paid_at - coalesce(second_approved_at, first_approved_at);
CREATE FUNCTION refund_delay_hours(delay interval) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN coalesce(least(floor(date_part('epoch', delay) / 3600), 240), -1);

CREATE TABLE refund_counts (
  status   text     NOT NULL,
  paid_day date     NOT NULL,
  hours    smallint NOT NULL,
  n        integer  NOT NULL,
  fen      bigint   NOT NULL,
  PRIMARY KEY (status, paid_day, hours)
);

CREATE FUNCTION refund_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO refund_counts AS c (status, paid_day, hours, n, fen)
    SELECT status, coalesce(shanghai_day(paid_at), '-infinity'),
           refund_delay_hours(refund_delay(paid_at, first_approved_at, second_approved_at)), count(*), sum(amount_fen)
      FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (status, paid_day, hours) DO UPDATE SET n = c.n + EXCLUDED.n, fen = c.fen + EXCLUDED.fen;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO refund_counts AS c (status, paid_day, hours, n, fen)
    SELECT status, paid_day, hours, sum(d), sum(d * amount_fen)
      FROM (SELECT status, coalesce(shanghai_day(paid_at), '-infinity') AS paid_day,
                   refund_delay_hours(refund_delay(paid_at, first_approved_at, second_approved_at)) AS hours,
                   amount_fen, -1 AS d
              FROM old_rows
            UNION ALL
            SELECT status, coalesce(shanghai_day(paid_at), '-infinity'),
                   refund_delay_hours(refund_delay(paid_at, first_approved_at, second_approved_at)), amount_fen, 1
              FROM new_rows) moves
     GROUP BY 1, 2, 3 HAVING sum(d) <> 0 OR sum(d * amount_fen) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (status, paid_day, hours) DO UPDATE SET n = c.n + EXCLUDED.n, fen = c.fen + EXCLUDED.fen;
  ELSE
    INSERT INTO refund_counts AS c (status, paid_day, hours, n, fen)
    SELECT status, coalesce(shanghai_day(paid_at), '-infinity'),
           refund_delay_hours(refund_delay(paid_at, first_approved_at, second_approved_at)), -count(*), -sum(amount_fen)
      FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (status, paid_day, hours) DO UPDATE SET n = c.n + EXCLUDED.n, fen = c.fen + EXCLUDED.fen;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER refund_counts_insert AFTER INSERT ON refunds
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refund_counts_apply();
CREATE TRIGGER refund_counts_update AFTER UPDATE ON refunds
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refund_counts_apply();
CREATE TRIGGER refund_counts_delete AFTER DELETE ON refunds
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION refund_counts_apply();

INSERT INTO refund_counts (status, paid_day, hours, n, fen)
SELECT status, coalesce(shanghai_day(paid_at), '-infinity'),
       refund_delay_hours(refund_delay(paid_at, first_approved_at, second_approved_at)), count(*), sum(amount_fen)
  FROM refunds GROUP BY 1, 2, 3;

-- The median delay's value, by rank inside its hour (sql/stats/refunds.ts).
CREATE INDEX refunds_paid_delay_idx ON refunds (refund_delay(paid_at, first_approved_at, second_approved_at))
  INCLUDE (paid_at) WHERE status = 'paid';

ANALYZE open_counts;
ANALYZE refund_counts;
