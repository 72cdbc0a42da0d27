-- Cancel Desk initial schema: the whole product's tables, so later work extends
-- rather than reshapes. Money is integer fen; times are timestamptz (UTC on the
-- wire); every status is a CHECK so the database refuses what the domain refuses.

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE staff_users (
  id            serial PRIMARY KEY,
  username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9_.-]{2,40}$'),
  display_name  text NOT NULL,
  email         text,
  roles         text[] NOT NULL DEFAULT '{}'
                CHECK (roles <@ ARRAY['reviewer','finance','manager','admin']::text[]),
  language      text NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN','en')),
  password_hash text NOT NULL,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Sessions live in the database (not in a process) so several servers can run
-- behind a balancer. Only the SHA-256 of the cookie token is stored.
CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  user_id      integer NOT NULL REFERENCES staff_users(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE accounts (
  id                serial PRIMARY KEY,
  account_number    text NOT NULL UNIQUE,
  holder_name       text NOT NULL,
  account_type      text NOT NULL CHECK (account_type IN ('personal','business')),
  company_name      text,
  id_number_masked  text,
  phone             text NOT NULL,
  email             text,
  iccid             text,
  msisdn            text,
  card_kind         text NOT NULL DEFAULT 'sim' CHECK (card_kind IN ('sim','esim')),
  plan_name         text NOT NULL,
  status            text NOT NULL DEFAULT 'active' CHECK (status IN ('active','suspended','cancelled')),
  balance_fen       bigint NOT NULL DEFAULT 0 CHECK (balance_fen >= 0),
  data_remaining_mb integer NOT NULL DEFAULT 0 CHECK (data_remaining_mb >= 0),
  identity_verified boolean NOT NULL DEFAULT false,
  language          text NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN','en')),
  opened_at         timestamptz NOT NULL DEFAULT now(),
  service_ended_at  timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX accounts_phone_idx ON accounts (phone);

CREATE TABLE orders (
  id           serial PRIMARY KEY,
  account_id   integer NOT NULL REFERENCES accounts(id),
  order_number text NOT NULL UNIQUE,
  kind         text NOT NULL CHECK (kind IN ('long_term_package','addon_data_pack')),
  name         text NOT NULL,
  status       text NOT NULL CHECK (status IN ('open','completed','cancelled')),
  amount_fen   bigint NOT NULL CHECK (amount_fen >= 0),
  created_at   timestamptz NOT NULL DEFAULT now(),
  ends_at      timestamptz,
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_account_idx ON orders (account_id, status);

CREATE SEQUENCE request_number_seq;

CREATE TABLE cancellation_requests (
  id                 serial PRIMARY KEY,
  number             text NOT NULL UNIQUE,
  account_id         integer NOT NULL REFERENCES accounts(id),
  account_type       text NOT NULL CHECK (account_type IN ('personal','business')),
  reason_code        text NOT NULL CHECK (reason_code IN
                       ('no_longer_needed','switch_provider','moving_abroad','cost',
                        'poor_coverage','duplicate_account','other')),
  reason_text        text NOT NULL DEFAULT '',
  filed_by           text NOT NULL CHECK (filed_by IN ('holder','agent')),
  agent_name         text,
  channel            text NOT NULL CHECK (channel IN ('web','app','customer_service')),
  status             text NOT NULL DEFAULT 'submitted' CHECK (status IN
                       ('submitted','in_review','awaiting_customer','approved','rejected',
                        'paused_instead','withdrawn')),
  assignee_id        integer REFERENCES staff_users(id),
  submitted_at       timestamptz NOT NULL,
  decided_at         timestamptz,
  decided_by         integer REFERENCES staff_users(id),
  -- SLA: working time spent in awaiting_customer (ms) and the start of the current pause.
  sla_paused_ms      bigint NOT NULL DEFAULT 0 CHECK (sla_paused_ms >= 0),
  paused_at          timestamptz,
  risk_at            timestamptz,
  due_at             timestamptz,
  turnaround_ms      bigint,
  requested_doc_types text[] NOT NULL DEFAULT '{}',
  info_request_message text,
  reject_reason_code text CHECK (reject_reason_code IN
                       ('identity_mismatch','documents_invalid','outstanding_orders',
                        'not_account_holder','duplicate_request','other')),
  customer_message   text,
  internal_note      text,
  idempotency_key    text UNIQUE,
  -- number, holder name, phone and account number, kept in one column for trigram search.
  search_text        text NOT NULL DEFAULT '',
  version            integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK ((status IN ('approved','rejected','paused_instead','withdrawn')) = (decided_at IS NOT NULL)),
  CHECK (status <> 'in_review' OR assignee_id IS NOT NULL),
  CHECK ((status = 'awaiting_customer') = (paused_at IS NOT NULL)),
  CHECK (filed_by = 'holder' OR agent_name IS NOT NULL)
);
CREATE INDEX requests_status_due_idx ON cancellation_requests (status, due_at, id);
CREATE INDEX requests_due_idx ON cancellation_requests (due_at, id);
CREATE INDEX requests_assignee_idx ON cancellation_requests (assignee_id, status, due_at);
CREATE INDEX requests_account_idx ON cancellation_requests (account_id);
CREATE INDEX requests_submitted_idx ON cancellation_requests (submitted_at, id);
CREATE INDEX requests_decided_idx ON cancellation_requests (decided_at) WHERE decided_at IS NOT NULL;
CREATE INDEX requests_search_trgm_idx ON cancellation_requests USING gin (search_text gin_trgm_ops);

-- Exact per-status totals kept by a trigger, so the queue's tabs and the
-- unfiltered list total never count a million rows.
CREATE TABLE request_status_counts (
  status text PRIMARY KEY,
  n      bigint NOT NULL DEFAULT 0
);
INSERT INTO request_status_counts (status) VALUES
  ('submitted'),('in_review'),('awaiting_customer'),('approved'),('rejected'),
  ('paused_instead'),('withdrawn');

CREATE FUNCTION request_status_counts_trigger() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE request_status_counts SET n = n + 1 WHERE status = NEW.status;
  ELSIF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status THEN
    UPDATE request_status_counts SET n = n - 1 WHERE status = OLD.status;
    UPDATE request_status_counts SET n = n + 1 WHERE status = NEW.status;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE request_status_counts SET n = n - 1 WHERE status = OLD.status;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER request_status_counts_trg
  AFTER INSERT OR UPDATE OF status OR DELETE ON cancellation_requests
  FOR EACH ROW EXECUTE FUNCTION request_status_counts_trigger();

CREATE FUNCTION request_search_text_trigger() RETURNS trigger AS $$
BEGIN
  SELECT lower(NEW.number || ' ' || a.holder_name || ' ' || a.phone || ' ' || a.account_number
               || ' ' || coalesce(a.company_name, ''))
    INTO NEW.search_text FROM accounts a WHERE a.id = NEW.account_id;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER request_search_text_trg
  BEFORE INSERT OR UPDATE OF number, account_id ON cancellation_requests
  FOR EACH ROW EXECUTE FUNCTION request_search_text_trigger();

CREATE FUNCTION account_search_text_trigger() RETURNS trigger AS $$
BEGIN
  UPDATE cancellation_requests r
     SET search_text = lower(r.number || ' ' || NEW.holder_name || ' ' || NEW.phone || ' '
                             || NEW.account_number || ' ' || coalesce(NEW.company_name, ''))
   WHERE r.account_id = NEW.id;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER account_search_text_trg
  AFTER UPDATE OF holder_name, phone, account_number, company_name ON accounts
  FOR EACH ROW EXECUTE FUNCTION account_search_text_trigger();

CREATE TABLE documents (
  id               serial PRIMARY KEY,
  request_id       integer NOT NULL REFERENCES cancellation_requests(id),
  account_id       integer NOT NULL REFERENCES accounts(id),
  type             text NOT NULL CHECK (type IN ('id_card_front','id_card_back','id_card_handheld',
                     'business_license','authorization_letter','proof_of_purchase','other')),
  status           text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted','verified','rejected')),
  rejection_reason text,
  rejection_final  boolean NOT NULL DEFAULT false,
  attempt          integer NOT NULL DEFAULT 1 CHECK (attempt >= 1),
  file_name        text NOT NULL,
  mime_type        text NOT NULL CHECK (mime_type IN ('image/png','image/jpeg','image/webp','application/pdf')),
  size_bytes       integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
  sha256           text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key      text,
  uploaded_by_type text NOT NULL CHECK (uploaded_by_type IN ('customer','staff')),
  uploaded_by_id   integer REFERENCES staff_users(id),
  uploaded_at      timestamptz NOT NULL DEFAULT now(),
  reviewed_by      integer REFERENCES staff_users(id),
  reviewed_at      timestamptz,
  file_deleted_at  timestamptz,
  CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL),
  UNIQUE (request_id, sha256)
);
CREATE INDEX documents_request_idx ON documents (request_id, type);

CREATE TABLE settings (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO settings (key, value) VALUES
  ('refund_dual_approval_threshold_fen', '100000'),
  ('sla_risk_working_days', '3'),
  ('sla_due_working_days', '7');

CREATE TABLE refunds (
  id                 serial PRIMARY KEY,
  request_id         integer REFERENCES cancellation_requests(id),
  account_id         integer NOT NULL REFERENCES accounts(id),
  amount_fen         bigint NOT NULL CHECK (amount_fen > 0),
  status             text NOT NULL DEFAULT 'pending_approval' CHECK (status IN
                       ('pending_approval','approved','paid','failed','rejected')),
  requested_by       integer REFERENCES staff_users(id),
  approvals_needed   integer NOT NULL DEFAULT 1 CHECK (approvals_needed IN (1,2)),
  first_approver_id  integer REFERENCES staff_users(id),
  first_approved_at  timestamptz,
  second_approver_id integer REFERENCES staff_users(id),
  second_approved_at timestamptz,
  rejected_by        integer REFERENCES staff_users(id),
  rejection_reason   text,
  gateway            text NOT NULL DEFAULT 'manual',
  payout_reference   text,
  payout_attempts    integer NOT NULL DEFAULT 0,
  failure_reason     text,
  paid_at            timestamptz,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (first_approver_id IS NULL OR second_approver_id IS NULL OR first_approver_id <> second_approver_id),
  CHECK (status <> 'paid' OR (payout_reference IS NOT NULL AND paid_at IS NOT NULL)),
  CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL)
);
CREATE INDEX refunds_request_idx ON refunds (request_id);
CREATE INDEX refunds_account_idx ON refunds (account_id);
CREATE INDEX refunds_status_idx ON refunds (status, created_at);
-- One refund per cancellation request: approving twice can never pay twice.
CREATE UNIQUE INDEX refunds_one_per_request ON refunds (request_id) WHERE request_id IS NOT NULL;

-- Outbox: written in the same transaction as the change it announces; a worker
-- delivers with FOR UPDATE SKIP LOCKED so two workers never send one message twice.
CREATE TABLE notifications (
  id              serial PRIMARY KEY,
  request_id      integer REFERENCES cancellation_requests(id),
  account_id      integer NOT NULL REFERENCES accounts(id),
  event           text NOT NULL CHECK (event IN ('request_received','info_requested','approved',
                    'rejected','paused_instead','refund_paid','withdrawn')),
  channel         text NOT NULL CHECK (channel IN ('email','sms')),
  language        text NOT NULL CHECK (language IN ('zh-CN','en')),
  recipient       text NOT NULL,
  subject         text,
  body            text NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX notifications_due_idx ON notifications (status, next_attempt_at);
CREATE INDEX notifications_request_idx ON notifications (request_id);

-- Append-only audit log: the database itself refuses UPDATE and DELETE.
CREATE TABLE audit_events (
  id          bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_type  text NOT NULL CHECK (actor_type IN ('staff','customer','system')),
  actor_id    integer REFERENCES staff_users(id),
  actor_name  text NOT NULL,
  action      text NOT NULL,
  entity_type text NOT NULL CHECK (entity_type IN ('request','account','order','document',
                'refund','notification','user','calendar','setting')),
  entity_id   text NOT NULL,
  request_id  integer REFERENCES cancellation_requests(id),
  account_id  integer REFERENCES accounts(id),
  before      jsonb,
  after       jsonb
);
CREATE INDEX audit_request_idx ON audit_events (request_id, occurred_at) WHERE request_id IS NOT NULL;
CREATE INDEX audit_entity_idx ON audit_events (entity_type, entity_id, occurred_at);
CREATE INDEX audit_account_idx ON audit_events (account_id, occurred_at) WHERE account_id IS NOT NULL;

CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'P0001';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

-- Working-day calendar: only the exceptions to Monday-Friday are stored, per year,
-- and a year is covered only if it has a calendar_years row (never guessed).
CREATE TABLE calendar_years (
  year       integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  source     text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE calendar_days (
  day   date PRIMARY KEY,
  kind  text NOT NULL CHECK (kind IN ('holiday','workday')),
  name  text NOT NULL DEFAULT '',
  year  integer NOT NULL REFERENCES calendar_years(year),
  CHECK (extract(year FROM day)::integer = year)
);

-- Customer-side (intake) API keys; only hashes are kept.
CREATE TABLE intake_api_keys (
  id         serial PRIMARY KEY,
  name       text NOT NULL,
  key_hash   text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
