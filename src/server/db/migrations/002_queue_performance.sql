-- The request queue at a million rows (measured with `npm run bench`): indexes
-- for short Chinese searches and "assigned to me", and exact per-assignee totals
-- kept by trigger so those lists never count hundreds of thousands of rows.

-- Short Chinese searches. The trigram index answers `search_text LIKE '%...%'`
-- only for patterns of three characters or more; two-character names (王芳) are
-- the most common search, and without help they scan and count every row. This
-- indexes each one- and two-character gram of every word of search_text that
-- has a non-ASCII character (holder and company names), so a one- or
-- two-character query narrows to its rows and LIKE checks only those.
CREATE FUNCTION search_cjk_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}')
  FROM regexp_split_to_table(t, '\s+') AS w,
       LATERAL generate_series(1, char_length(w)) AS i,
       LATERAL (VALUES (substr(w, i, 1)), (substr(w, i, 2))) AS x(g)
  WHERE w ~ '[^\x01-\x7f]' AND g ~ '[^\x01-\x7f]'
$$;
CREATE INDEX requests_search_cjk_idx ON cancellation_requests USING gin (search_cjk_grams(search_text));

-- "Assigned to me" in due order, any status: pages walk this instead of the
-- whole due-date index; status is included so the open-only tab stays index-only.
CREATE INDEX requests_assignee_due_idx ON cancellation_requests (assignee_id, due_at, id) INCLUDE (status);

-- Exact totals per assignee (0 = unassigned) and status, like
-- request_status_counts: the "mine" tab, its badge and the assignee filter
-- read a handful of rows instead of counting a reviewer's whole history.
-- Writers wait until this migration commits, so the totals below and the
-- trigger that maintains them start from the same rows.
LOCK TABLE cancellation_requests IN SHARE ROW EXCLUSIVE MODE;
CREATE TABLE request_assignee_counts (
  assignee_id integer NOT NULL,
  status      text NOT NULL,
  n           bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (assignee_id, status)
);
INSERT INTO request_assignee_counts (assignee_id, status, n)
  SELECT coalesce(assignee_id, 0), status, count(*) FROM cancellation_requests GROUP BY 1, 2;

CREATE FUNCTION request_assignee_counts_trigger() RETURNS trigger AS $$
DECLARE
  old_key text;
  new_key text;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.status IS NOT DISTINCT FROM OLD.status
     AND NEW.assignee_id IS NOT DISTINCT FROM OLD.assignee_id THEN
    RETURN NULL;
  END IF;
  -- Two rows change on an UPDATE; touch them in key order so concurrent moves
  -- in opposite directions (reassign A→B and B→A) cannot deadlock here.
  IF TG_OP = 'UPDATE' THEN
    old_key := lpad(coalesce(OLD.assignee_id, 0)::text, 12, '0') || OLD.status;
    new_key := lpad(coalesce(NEW.assignee_id, 0)::text, 12, '0') || NEW.status;
  END IF;
  IF TG_OP = 'UPDATE' AND new_key < old_key THEN
    INSERT INTO request_assignee_counts AS c (assignee_id, status, n)
      VALUES (coalesce(NEW.assignee_id, 0), NEW.status, 1)
      ON CONFLICT (assignee_id, status) DO UPDATE SET n = c.n + 1;
    UPDATE request_assignee_counts SET n = n - 1
      WHERE assignee_id = coalesce(OLD.assignee_id, 0) AND status = OLD.status;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE request_assignee_counts SET n = n - 1
      WHERE assignee_id = coalesce(OLD.assignee_id, 0) AND status = OLD.status;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO request_assignee_counts AS c (assignee_id, status, n)
      VALUES (coalesce(NEW.assignee_id, 0), NEW.status, 1)
      ON CONFLICT (assignee_id, status) DO UPDATE SET n = c.n + 1;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER request_assignee_counts_trg
  AFTER INSERT OR UPDATE OF status, assignee_id OR DELETE ON cancellation_requests
  FOR EACH ROW EXECUTE FUNCTION request_assignee_counts_trigger();

-- Statistics for the new expression and tables now, not whenever autovacuum
-- (or, on the embedded database, nobody) gets to it.
ANALYZE cancellation_requests;
ANALYZE request_assignee_counts;
