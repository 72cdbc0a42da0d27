-- An Idempotency-Key belongs to the intake key that sent it: two partners may
-- pick the same string and must never be answered with each other's request.
-- The fingerprint (SHA-256 of the submitted body) tells a retry from a
-- different request reusing the key. Rows from before have no key id and
-- match no later retry.
ALTER TABLE cancellation_requests
  ADD COLUMN intake_key_id integer REFERENCES intake_api_keys (id),
  ADD COLUMN idempotency_fingerprint text;

ALTER TABLE cancellation_requests DROP CONSTRAINT cancellation_requests_idempotency_key_key;

CREATE UNIQUE INDEX cancellation_requests_idempotency_idx
  ON cancellation_requests (intake_key_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
