import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Kysely's view of the tables in migrations/*.sql. Columns are snake_case here;
// the API maps them to camelCase in one place per resource.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface StaffUsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  email: string | null;
  roles: string[];
  language: Generated<string>;
  password_hash: string;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: CreatedAt;
  last_seen_at: CreatedAt;
  expires_at: Timestamp;
}

export interface AccountsTable {
  id: Generated<number>;
  account_number: string;
  holder_name: string;
  account_type: string;
  company_name: string | null;
  id_number_masked: string | null;
  phone: string;
  email: string | null;
  iccid: string | null;
  msisdn: string | null;
  card_kind: Generated<string>;
  plan_name: string;
  status: Generated<string>;
  balance_fen: Generated<number>;
  data_remaining_mb: Generated<number>;
  identity_verified: Generated<boolean>;
  language: Generated<string>;
  opened_at: CreatedAt;
  service_ended_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface OrdersTable {
  id: Generated<number>;
  account_id: number;
  order_number: string;
  kind: string;
  name: string;
  status: string;
  amount_fen: number;
  created_at: CreatedAt;
  ends_at: Timestamp | null;
  updated_at: CreatedAt;
}

export interface CancellationRequestsTable {
  id: Generated<number>;
  number: string;
  account_id: number;
  account_type: string;
  reason_code: string;
  reason_text: Generated<string>;
  filed_by: string;
  agent_name: string | null;
  channel: string;
  status: Generated<string>;
  assignee_id: number | null;
  submitted_at: Timestamp;
  decided_at: Timestamp | null;
  decided_by: number | null;
  sla_paused_ms: Generated<number>;
  paused_at: Timestamp | null;
  risk_at: Timestamp | null;
  due_at: Timestamp | null;
  turnaround_ms: number | null;
  requested_doc_types: Generated<string[]>;
  info_request_message: string | null;
  reject_reason_code: string | null;
  customer_message: string | null;
  internal_note: string | null;
  idempotency_key: string | null;
  search_text: Generated<string>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface RequestStatusCountsTable {
  status: string;
  n: number;
}

/** Totals per assignee (0 = unassigned) and status, kept by trigger (migration 002). */
export interface RequestAssigneeCountsTable {
  assignee_id: number;
  status: string;
  n: Generated<number>;
}

export interface DocumentsTable {
  id: Generated<number>;
  request_id: number;
  account_id: number;
  type: string;
  status: Generated<string>;
  rejection_reason: string | null;
  rejection_final: Generated<boolean>;
  attempt: Generated<number>;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string | null;
  uploaded_by_type: string;
  uploaded_by_id: number | null;
  uploaded_at: CreatedAt;
  reviewed_by: number | null;
  reviewed_at: Timestamp | null;
  file_deleted_at: Timestamp | null;
  version: Generated<number>;
}

export interface SettingsTable {
  key: string;
  value: unknown;
  updated_at: CreatedAt;
}

export interface RefundsTable {
  id: Generated<number>;
  request_id: number | null;
  account_id: number;
  amount_fen: number;
  status: Generated<string>;
  requested_by: number | null;
  approvals_needed: Generated<number>;
  first_approver_id: number | null;
  first_approved_at: Timestamp | null;
  second_approver_id: number | null;
  second_approved_at: Timestamp | null;
  rejected_by: number | null;
  rejection_reason: string | null;
  gateway: Generated<string>;
  payout_reference: string | null;
  payout_attempts: Generated<number>;
  failure_reason: string | null;
  paid_at: Timestamp | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface NotificationsTable {
  id: Generated<number>;
  request_id: number | null;
  account_id: number;
  event: string;
  channel: string;
  language: string;
  recipient: string;
  subject: string | null;
  body: string;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: CreatedAt;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
}

export interface AuditEventsTable {
  id: Generated<number>;
  occurred_at: CreatedAt;
  actor_type: string;
  actor_id: number | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  request_id: number | null;
  account_id: number | null;
  before: unknown;
  after: unknown;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  updated_at: CreatedAt;
}

export interface CalendarDaysTable {
  day: string;
  kind: string;
  name: Generated<string>;
  year: number;
}

export interface IntakeApiKeysTable {
  id: Generated<number>;
  name: string;
  key_hash: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
  /** Null: a service key acting for every account; else the one account the key may reach. */
  account_id: number | null;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: CreatedAt;
}

export interface DB {
  staff_users: StaffUsersTable;
  sessions: SessionsTable;
  accounts: AccountsTable;
  orders: OrdersTable;
  cancellation_requests: CancellationRequestsTable;
  request_status_counts: RequestStatusCountsTable;
  request_assignee_counts: RequestAssigneeCountsTable;
  documents: DocumentsTable;
  settings: SettingsTable;
  refunds: RefundsTable;
  notifications: NotificationsTable;
  audit_events: AuditEventsTable;
  calendar_years: CalendarYearsTable;
  calendar_days: CalendarDaysTable;
  intake_api_keys: IntakeApiKeysTable;
  schema_migrations: SchemaMigrationsTable;
}

export type AccountRow = Selectable<AccountsTable>;
export type RequestRow = Selectable<CancellationRequestsTable>;
export type NewRequest = Insertable<CancellationRequestsTable>;
export type RequestUpdate = Updateable<CancellationRequestsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type OrderRow = Selectable<OrdersTable>;
export type RefundRow = Selectable<RefundsTable>;
export type StaffUserRow = Selectable<StaffUsersTable>;
