-- Indexes for the request queue at a million rows (see `npm run bench`).

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

-- Statistics for the new expression now, not whenever autovacuum (or, on the
-- embedded database, nobody) gets to it.
ANALYZE cancellation_requests;
