-- The backlog at a past midnight (the dashboard's backlog card and its change,
-- src/domain/backlogAt.ts) from counts: requests per Shanghai day of
-- submission, day of decision (infinity while open) and whose they are
-- (request_owner, migration 013). Open at midnight T = submitted on a day
-- before T's and decided on T's day or later. Counting rows instead read every
-- request submitted since T: ~1M for a year's range on the 1M bench. Kept as
-- 013 keeps decision_counts; docs/sla-figures.md.
CREATE TABLE backlog_counts (
  submitted_day date    NOT NULL,
  decided_day   date    NOT NULL,
  reviewer_id   integer NOT NULL,
  n             integer NOT NULL,
  PRIMARY KEY (submitted_day, decided_day, reviewer_id)
);

CREATE FUNCTION backlog_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO backlog_counts AS c (submitted_day, decided_day, reviewer_id, n)
    SELECT shanghai_day(submitted_at), coalesce(shanghai_day(decided_at), 'infinity'),
           request_owner(status, decided_by, assignee_id), count(*)
      FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (submitted_day, decided_day, reviewer_id) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO backlog_counts AS c (submitted_day, decided_day, reviewer_id, n)
    SELECT submitted_day, decided_day, reviewer_id, sum(d)
      FROM (SELECT shanghai_day(submitted_at) AS submitted_day,
                   coalesce(shanghai_day(decided_at), 'infinity') AS decided_day,
                   request_owner(status, decided_by, assignee_id) AS reviewer_id, -1 AS d
              FROM old_rows
            UNION ALL
            SELECT shanghai_day(submitted_at), coalesce(shanghai_day(decided_at), 'infinity'),
                   request_owner(status, decided_by, assignee_id), 1
              FROM new_rows) moves
     GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (submitted_day, decided_day, reviewer_id) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSE
    INSERT INTO backlog_counts AS c (submitted_day, decided_day, reviewer_id, n)
    SELECT shanghai_day(submitted_at), coalesce(shanghai_day(decided_at), 'infinity'),
           request_owner(status, decided_by, assignee_id), -count(*)
      FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (submitted_day, decided_day, reviewer_id) DO UPDATE SET n = c.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER backlog_counts_insert AFTER INSERT ON cancellation_requests
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION backlog_counts_apply();
CREATE TRIGGER backlog_counts_update AFTER UPDATE ON cancellation_requests
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION backlog_counts_apply();
CREATE TRIGGER backlog_counts_delete AFTER DELETE ON cancellation_requests
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION backlog_counts_apply();

INSERT INTO backlog_counts (submitted_day, decided_day, reviewer_id, n)
SELECT shanghai_day(submitted_at), coalesce(shanghai_day(decided_at), 'infinity'),
       request_owner(status, decided_by, assignee_id), count(*)
  FROM cancellation_requests GROUP BY 1, 2, 3;

ANALYZE backlog_counts;
