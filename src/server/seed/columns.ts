import type { ColumnTypes } from './bulkInsert.ts';

// What the seeder writes to each table, with SQL types (for bulkInsert's casts).
// Columns left out take their defaults (search_text is set by a trigger).

export const ACCOUNT_COLUMNS: ColumnTypes<'accounts'> = {
  id: 'int', account_number: 'text', holder_name: 'text', account_type: 'text', company_name: 'text',
  id_number_masked: 'text', phone: 'text', email: 'text', iccid: 'text', msisdn: 'text', card_kind: 'text',
  plan_name: 'text', status: 'text', balance_fen: 'bigint', data_remaining_mb: 'int', identity_verified: 'bool',
  language: 'text', opened_at: 'timestamptz', service_ended_at: 'timestamptz', created_at: 'timestamptz',
  updated_at: 'timestamptz',
};

export const ORDER_COLUMNS: ColumnTypes<'orders'> = {
  id: 'int', account_id: 'int', order_number: 'text', kind: 'text', name: 'text', status: 'text',
  amount_fen: 'bigint', created_at: 'timestamptz', ends_at: 'timestamptz', updated_at: 'timestamptz',
};

export const REQUEST_COLUMNS: ColumnTypes<'cancellation_requests'> = {
  id: 'int', number: 'text', account_id: 'int', account_type: 'text', reason_code: 'text', reason_text: 'text',
  filed_by: 'text', agent_name: 'text', channel: 'text', status: 'text', assignee_id: 'int',
  submitted_at: 'timestamptz', decided_at: 'timestamptz', decided_by: 'int', sla_paused_ms: 'bigint',
  paused_at: 'timestamptz', risk_at: 'timestamptz', due_at: 'timestamptz', turnaround_ms: 'bigint',
  requested_doc_types: 'text[]', info_request_message: 'text', reject_reason_code: 'text',
  customer_message: 'text', internal_note: 'text', version: 'int', created_at: 'timestamptz',
  updated_at: 'timestamptz',
};

export const DOCUMENT_COLUMNS: ColumnTypes<'documents'> = {
  id: 'int', request_id: 'int', account_id: 'int', type: 'text', status: 'text', rejection_reason: 'text',
  rejection_final: 'bool', attempt: 'int', file_name: 'text', mime_type: 'text', size_bytes: 'int',
  sha256: 'text', storage_key: 'text', uploaded_by_type: 'text', uploaded_by_id: 'int',
  uploaded_at: 'timestamptz', reviewed_by: 'int', reviewed_at: 'timestamptz',
};

export const REFUND_COLUMNS: ColumnTypes<'refunds'> = {
  id: 'int', request_id: 'int', account_id: 'int', amount_fen: 'bigint', status: 'text', requested_by: 'int',
  approvals_needed: 'int', first_approver_id: 'int', first_approved_at: 'timestamptz',
  second_approver_id: 'int', second_approved_at: 'timestamptz', rejected_by: 'int',
  rejection_reason: 'text', payout_reference: 'text', payout_attempts: 'int', failure_reason: 'text',
  paid_at: 'timestamptz', version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz',
};

export const NOTIFICATION_COLUMNS: ColumnTypes<'notifications'> = {
  request_id: 'int', account_id: 'int', event: 'text', channel: 'text', language: 'text', recipient: 'text',
  subject: 'text', body: 'text', status: 'text', attempts: 'int', next_attempt_at: 'timestamptz',
  last_error: 'text', created_at: 'timestamptz', sent_at: 'timestamptz',
};

export const AUDIT_COLUMNS: ColumnTypes<'audit_events'> = {
  occurred_at: 'timestamptz', actor_type: 'text', actor_id: 'int', actor_name: 'text', action: 'text',
  entity_type: 'text', entity_id: 'text', request_id: 'int', account_id: 'int', before: 'jsonb', after: 'jsonb',
};
