-- While a request awaits the customer, the assignee may remind them (at most
-- once a working day: reminded_at is the last reminder) and, after a set
-- number of working days without an answer, reject for no response, with its
-- own reason code and message.
ALTER TABLE cancellation_requests ADD COLUMN reminded_at timestamptz;

ALTER TABLE cancellation_requests DROP CONSTRAINT cancellation_requests_reject_reason_code_check;
ALTER TABLE cancellation_requests ADD CONSTRAINT cancellation_requests_reject_reason_code_check
  CHECK (reject_reason_code IN ('identity_mismatch','documents_invalid','outstanding_orders',
                                'not_account_holder','duplicate_request','no_response','other'));

ALTER TABLE notifications DROP CONSTRAINT notifications_event_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_event_check
  CHECK (event IN ('request_received','info_requested','approved','rejected','paused_instead',
                   'refund_paid','refund_rejected','withdrawn','info_reminder','rejected_no_response'));

INSERT INTO settings (key, value) VALUES ('no_response_working_days', '15') ON CONFLICT (key) DO NOTHING;
