-- Refunds, made complete (issue 11): the account balance becomes a ledger,
-- the database refuses an over-refund, a payout is idempotent.

-- The setting's name as the issue and the docs spell it.
UPDATE settings SET key = 'refund_dual_approval_fen' WHERE key = 'refund_dual_approval_threshold_fen';
INSERT INTO settings (key, value) VALUES ('refund_dual_approval_fen', '100000') ON CONFLICT (key) DO NOTHING;

-- Balance ledger: opening balance, refund paid, manual adjustment with a reason.
-- accounts.balance_fen stays (lists sort and filter on it) but is only ever the
-- ledger's sum: the triggers below keep it so and refuse any other change to it.
CREATE TABLE balance_entries (
  id          bigserial PRIMARY KEY,
  account_id  integer NOT NULL REFERENCES accounts(id),
  kind        text NOT NULL CHECK (kind IN ('opening_balance','refund_paid','adjustment')),
  amount_fen  bigint NOT NULL,
  refund_id   integer REFERENCES refunds(id),
  reason      text,
  created_by  integer REFERENCES staff_users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (kind <> 'opening_balance' OR (amount_fen >= 0 AND refund_id IS NULL)),
  CHECK (kind <> 'refund_paid' OR (amount_fen < 0 AND refund_id IS NOT NULL)),
  CHECK (kind <> 'adjustment' OR (amount_fen <> 0 AND reason IS NOT NULL AND length(trim(reason)) > 0))
);
CREATE INDEX balance_entries_account_idx ON balance_entries (account_id, created_at);
-- A refund is paid into the ledger once: a doubled payout cannot add a second entry.
CREATE UNIQUE INDEX balance_entries_one_per_refund ON balance_entries (refund_id) WHERE refund_id IS NOT NULL;
CREATE UNIQUE INDEX balance_entries_one_opening ON balance_entries (account_id) WHERE kind = 'opening_balance';

-- Opening balances of the accounts that exist today, dated when they were opened.
INSERT INTO balance_entries (account_id, kind, amount_fen, created_at)
  SELECT id, 'opening_balance', balance_fen, opened_at FROM accounts WHERE balance_fen > 0;

-- Paid refunds from before the ledger: their account rows already show the
-- balance after payout, so the opening balance is topped up by what was paid
-- and the payout is written as it happened. Column = sum still holds.
INSERT INTO balance_entries (account_id, kind, amount_fen, created_at)
  SELECT r.account_id, 'opening_balance', 0, a.opened_at
  FROM refunds r JOIN accounts a ON a.id = r.account_id
  WHERE r.status = 'paid' AND a.balance_fen = 0
  GROUP BY r.account_id, a.opened_at;
UPDATE balance_entries e SET amount_fen = e.amount_fen + p.paid
  FROM (SELECT account_id, sum(amount_fen) AS paid FROM refunds WHERE status = 'paid' GROUP BY account_id) p
  WHERE e.account_id = p.account_id AND e.kind = 'opening_balance';
INSERT INTO balance_entries (account_id, kind, amount_fen, refund_id, created_by, created_at)
  SELECT account_id, 'refund_paid', -amount_fen, id, first_approver_id, paid_at FROM refunds WHERE status = 'paid';

CREATE FUNCTION balance_entries_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'balance_entries is append-only' USING ERRCODE = 'P0001';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER balance_entries_no_update BEFORE UPDATE OR DELETE ON balance_entries
  FOR EACH ROW EXECUTE FUNCTION balance_entries_append_only();
CREATE TRIGGER balance_entries_no_truncate BEFORE TRUNCATE ON balance_entries
  FOR EACH STATEMENT EXECUTE FUNCTION balance_entries_append_only();

-- A new account's balance is its opening entry (written here, so every way of
-- creating an account, the seed included, keeps column = sum).
CREATE FUNCTION accounts_opening_balance() RETURNS trigger AS $$
BEGIN
  IF NEW.balance_fen <> 0 THEN
    INSERT INTO balance_entries (account_id, kind, amount_fen, created_at)
      VALUES (NEW.id, 'opening_balance', NEW.balance_fen, NEW.opened_at);
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER accounts_opening_balance AFTER INSERT ON accounts
  FOR EACH ROW EXECUTE FUNCTION accounts_opening_balance();

-- Every later entry moves the column by its amount. An opening entry is only
-- ever written by the trigger above (nested, depth > 1): written by hand it
-- would count twice, so it is refused.
CREATE FUNCTION balance_entries_apply() RETURNS trigger AS $$
BEGIN
  IF NEW.kind = 'opening_balance' THEN
    IF pg_trigger_depth() < 2 THEN
      RAISE EXCEPTION 'an opening balance is written when the account is created'
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
  END IF;
  UPDATE accounts SET balance_fen = balance_fen + NEW.amount_fen, updated_at = now() WHERE id = NEW.account_id;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER balance_entries_apply AFTER INSERT ON balance_entries
  FOR EACH ROW EXECUTE FUNCTION balance_entries_apply();

-- The column changes only through the ledger (the UPDATE above runs nested).
CREATE FUNCTION accounts_balance_from_ledger() RETURNS trigger AS $$
BEGIN
  IF NEW.balance_fen IS DISTINCT FROM OLD.balance_fen AND pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'accounts.balance_fen is the sum of balance_entries: add an entry instead'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER accounts_balance_from_ledger BEFORE UPDATE OF balance_fen ON accounts
  FOR EACH ROW EXECUTE FUNCTION accounts_balance_from_ledger();

-- Refunds: who last changed the amount (never its approver), and why finance
-- raised a refund on request (the automatic one's reason is its request).
ALTER TABLE refunds
  ADD COLUMN amended_by integer REFERENCES staff_users(id),
  ADD COLUMN reason text;

-- Never more out than in: the refunds that still hold money (pending, approved,
-- failed and so retried) fit in the ledger's balance (paid ones are already in
-- it). Checked at commit, under the account's row lock, whichever way the rows
-- were written; the API checks first and says it in words.
CREATE FUNCTION refunds_within_balance() RETURNS trigger AS $$
DECLARE
  balance bigint;
  held bigint;
BEGIN
  SELECT balance_fen INTO balance FROM accounts WHERE id = NEW.account_id FOR UPDATE;
  SELECT coalesce(sum(amount_fen), 0) INTO held FROM refunds
    WHERE account_id = NEW.account_id AND status IN ('pending_approval','approved','failed');
  IF held > balance THEN
    RAISE EXCEPTION 'refunds of account % (% fen not yet paid) exceed its balance of % fen', NEW.account_id, held, balance
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE CONSTRAINT TRIGGER refunds_within_balance AFTER INSERT OR UPDATE OF amount_fen, status, account_id ON refunds
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refunds_within_balance();
CREATE CONSTRAINT TRIGGER balance_entries_cover_refunds AFTER INSERT ON balance_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refunds_within_balance();

-- Pay's Idempotency-Key (IETF draft): one row per key and caller. The
-- fingerprint (SHA-256 of refund id and body) tells a retry from a reuse;
-- completed_at null means the first call is still running. A finished call's
-- answer is kept and replayed as it was.
CREATE TABLE refund_payout_keys (
  staff_id        integer NOT NULL REFERENCES staff_users(id),
  idempotency_key text NOT NULL,
  refund_id       integer NOT NULL REFERENCES refunds(id),
  fingerprint     text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  completed_at    timestamptz,
  response_status integer,
  response_body   jsonb,
  PRIMARY KEY (staff_id, idempotency_key),
  CHECK ((completed_at IS NULL) = (response_status IS NULL))
);

-- The customer is told when finance rejects a refund.
ALTER TABLE notifications DROP CONSTRAINT notifications_event_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_event_check CHECK (event IN ('request_received',
  'info_requested','approved','rejected','paused_instead','refund_paid','refund_rejected','withdrawn'));

-- The finance queue: pending first approvals and payouts, newest first.
CREATE INDEX refunds_created_idx ON refunds (created_at DESC, id DESC);
