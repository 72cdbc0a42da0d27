import type { Generated, Selectable } from 'kysely';
import type { CreatedAt, Timestamp } from './columnTypes.ts';
import type {
  CalendarDaysTable,
  CalendarYearsTable,
  IntakeApiKeysTable,
  LoginFailuresTable,
  SchemaMigrationsTable,
  SessionsTable,
  SettingsRevisionTable,
  SettingsTable,
  StaffUsersTable,
} from './platformTables.ts';
import type { BalanceEntriesTable, RefundPayoutKeysTable } from './refundTables.ts';
import type { AcceptedMimeType } from '../../domain/acceptedFiles.ts';
import type {
  AccountStatus,
  AccountType,
  ActorType,
  AuditEntityType,
  CardKind,
  Channel,
  DocumentStatus,
  DocumentType,
  FiledBy,
  Language,
  NotificationChannel,
  NotificationEvent,
  NotificationStatus,
  OrderKind,
  OrderStatus,
  ReasonCode,
  RefundStatus,
  RejectReasonCode,
  RequestStatus,
  UploaderKind,
} from '../../domain/vocabulary.ts';

// Kysely's view of the database in migrations/*.sql: the workflow's tables
// here, the ones around it in platformTables.ts. Names are camelCase (the
// CamelCasePlugin in database.ts maps them to the snake_case columns), and a
// column whose values a CHECK lists has the vocabulary's union as its type.

export interface AccountsTable {
  id: Generated<number>;
  accountNumber: string;
  holderName: string;
  accountType: AccountType;
  companyName: string | null;
  idNumberMasked: string | null;
  phone: string;
  email: string | null;
  iccid: string | null;
  msisdn: string | null;
  cardKind: Generated<CardKind>;
  planName: string;
  status: Generated<AccountStatus>;
  balanceFen: Generated<number>;
  dataRemainingMb: Generated<number>;
  identityVerified: Generated<boolean>;
  language: Generated<Language>;
  openedAt: CreatedAt;
  serviceEndedAt: Timestamp | null;
  createdAt: CreatedAt;
  updatedAt: CreatedAt;
}

export interface OrdersTable {
  id: Generated<number>;
  accountId: number;
  orderNumber: string;
  kind: OrderKind;
  name: string;
  status: OrderStatus;
  amountFen: number;
  createdAt: CreatedAt;
  endsAt: Timestamp | null;
  updatedAt: CreatedAt;
}

export interface CancellationRequestsTable {
  id: Generated<number>;
  number: string;
  accountId: number;
  accountType: AccountType;
  reasonCode: ReasonCode;
  reasonText: Generated<string>;
  filedBy: FiledBy;
  agentName: string | null;
  channel: Channel;
  status: Generated<RequestStatus>;
  assigneeId: number | null;
  submittedAt: Timestamp;
  decidedAt: Timestamp | null;
  decidedBy: number | null;
  slaPausedMs: Generated<number>;
  pausedAt: Timestamp | null;
  /** The last reminder sent while awaiting the customer. */
  remindedAt: Timestamp | null;
  riskAt: Timestamp | null;
  dueAt: Timestamp | null;
  turnaroundMs: number | null;
  requestedDocTypes: Generated<DocumentType[]>;
  infoRequestMessage: string | null;
  rejectReasonCode: RejectReasonCode | null;
  customerMessage: string | null;
  internalNote: string | null;
  idempotencyKey: string | null;
  /** The intake key that sent `idempotencyKey`: the key is unique per sender. */
  intakeKeyId: number | null;
  /** SHA-256 of the submitted body: a retry must send the same. */
  idempotencyFingerprint: string | null;
  searchText: Generated<string>;
  version: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: CreatedAt;
}

export interface RequestStatusCountsTable {
  status: RequestStatus;
  n: number;
}

/** Totals per assignee (0 = unassigned) and status, kept by trigger (migration 002). */
export interface RequestAssigneeCountsTable {
  assigneeId: number;
  status: RequestStatus;
  n: Generated<number>;
}

export interface DocumentsTable {
  id: Generated<number>;
  requestId: number;
  accountId: number;
  type: DocumentType;
  status: Generated<DocumentStatus>;
  rejectionReason: string | null;
  rejectionFinal: Generated<boolean>;
  attempt: Generated<number>;
  fileName: string;
  mimeType: AcceptedMimeType;
  sizeBytes: number;
  sha256: string;
  storageKey: string | null;
  uploadedByType: UploaderKind;
  uploadedById: number | null;
  uploadedAt: CreatedAt;
  reviewedBy: number | null;
  reviewedAt: Timestamp | null;
  fileDeletedAt: Timestamp | null;
  version: Generated<number>;
}

export interface RefundsTable {
  id: Generated<number>;
  requestId: number | null;
  accountId: number;
  amountFen: number;
  status: Generated<RefundStatus>;
  requestedBy: number | null;
  approvalsNeeded: Generated<number>;
  firstApproverId: number | null;
  firstApprovedAt: Timestamp | null;
  secondApproverId: number | null;
  secondApprovedAt: Timestamp | null;
  rejectedBy: number | null;
  rejectionReason: string | null;
  gateway: Generated<string>;
  payoutReference: string | null;
  payoutAttempts: Generated<number>;
  failureReason: string | null;
  paidAt: Timestamp | null;
  /** Who last changed the amount: they never approve it. */
  amendedBy: number | null;
  /** Why a refund on request was raised (the automatic one's is its request). */
  reason: string | null;
  version: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: CreatedAt;
}

export interface NotificationsTable {
  id: Generated<number>;
  requestId: number | null;
  accountId: number;
  event: NotificationEvent;
  channel: NotificationChannel;
  language: Language;
  recipient: string;
  subject: string | null;
  body: string;
  status: Generated<NotificationStatus>;
  attempts: Generated<number>;
  nextAttemptAt: CreatedAt;
  lastError: string | null;
  createdAt: CreatedAt;
  sentAt: Timestamp | null;
}

export interface AuditEventsTable {
  id: Generated<number>;
  occurredAt: CreatedAt;
  actorType: ActorType;
  actorId: number | null;
  actorName: string;
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  requestId: number | null;
  accountId: number | null;
  before: unknown;
  after: unknown;
}

export interface DB {
  staffUsers: StaffUsersTable;
  sessions: SessionsTable;
  loginFailures: LoginFailuresTable;
  accounts: AccountsTable;
  orders: OrdersTable;
  cancellationRequests: CancellationRequestsTable;
  requestStatusCounts: RequestStatusCountsTable;
  requestAssigneeCounts: RequestAssigneeCountsTable;
  documents: DocumentsTable;
  settings: SettingsTable;
  settingsRevision: SettingsRevisionTable;
  refunds: RefundsTable;
  balanceEntries: BalanceEntriesTable;
  refundPayoutKeys: RefundPayoutKeysTable;
  notifications: NotificationsTable;
  auditEvents: AuditEventsTable;
  calendarYears: CalendarYearsTable;
  calendarDays: CalendarDaysTable;
  intakeApiKeys: IntakeApiKeysTable;
  schemaMigrations: SchemaMigrationsTable;
}

export type RequestRow = Selectable<CancellationRequestsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type StaffUserRow = Selectable<StaffUsersTable>;
