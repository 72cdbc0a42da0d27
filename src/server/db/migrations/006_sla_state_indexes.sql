-- The SLA-state filter counts one group of statuses at a time (sql/requests.ts):
-- running clocks compare due_at / risk_at with now, which requests_status_due_idx
-- (status, due_at, id) answers; these two indexes answer the other groups from
-- the index alone. Requests awaiting the customer compare their deadlines with
-- the moment the clock paused; decided ones compare their turnaround.
CREATE INDEX requests_paused_sla_idx ON cancellation_requests (due_at)
  INCLUDE (risk_at, paused_at) WHERE status = 'awaiting_customer';
CREATE INDEX requests_turnaround_idx ON cancellation_requests (status, turnaround_ms)
  WHERE turnaround_ms IS NOT NULL;
ANALYZE cancellation_requests;
