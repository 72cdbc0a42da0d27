-- Turnaround dashboard and the working-day calendar (issue 12).
--
-- The figures read stored columns only (docs/sla-figures.md): turnaround_ms,
-- written in each decision's transaction since 001 and by the seed, so there
-- is nothing to backfill here; a calendar edit rewrites the turnarounds and
-- deadlines it moves (server sql/calendarRecompute.ts).
--
-- Decisions in a range, read from the index alone: the totals, percentiles,
-- histogram, weeks and throughput are one pass over these entries.
CREATE INDEX requests_decided_stats_idx ON cancellation_requests (decided_at)
  INCLUDE (status, decided_by, assignee_id, turnaround_ms) WHERE decided_at IS NOT NULL;
DROP INDEX IF EXISTS requests_decided_idx;

-- The open requests (backlog, open breaches, workload): a small part of the
-- table, each with what its SLA age needs.
CREATE INDEX requests_open_stats_idx ON cancellation_requests (due_at)
  INCLUDE (status, assignee_id, risk_at, paused_at)
  WHERE status IN ('submitted', 'in_review', 'awaiting_customer');

-- Requests for information per asker and week (throughput).
CREATE INDEX audit_info_requested_idx ON audit_events (occurred_at) INCLUDE (actor_id)
  WHERE action = 'request.info_requested';

-- Refunds paid per week.
CREATE INDEX refunds_paid_idx ON refunds (paid_at) INCLUDE (amount_fen, first_approved_at, second_approved_at)
  WHERE status = 'paid';

ANALYZE cancellation_requests;
ANALYZE audit_events;
ANALYZE refunds;
