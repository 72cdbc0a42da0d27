import type {
  AccountStatus,
  AccountType,
  Channel,
  DocumentStatus,
  DocumentType,
  FiledBy,
  Language,
  OrderKind,
  OrderStatus,
  ReasonCode,
  RejectReasonCode,
  RequestStatus,
  Role,
  SlaState,
} from '../domain/vocabulary.ts';
import type { NotificationChannel, NotificationStatus } from '../domain/vocabulary.ts';
import type { ApiRefund } from '../domain/refundRecord.ts';
import type { PhoneMatch } from '../domain/phoneMatch.ts';

/** The records the API returns, as the interface reads them (camelCase, ISO date strings). */
export interface CancelRequest {
  id: number;
  number: string;
  accountId: number;
  accountNumber: string;
  holderName: string;
  phone: string;
  accountType: AccountType;
  companyName: string | null;
  reasonCode: ReasonCode;
  reasonText: string | null;
  filedBy: FiledBy;
  agentName: string | null;
  channel: Channel;
  status: RequestStatus;
  assigneeId: number | null;
  assigneeName: string | null;
  submittedAt: string;
  decidedAt: string | null;
  riskAt: string | null;
  dueAt: string | null;
  workingDaysElapsed: number | null;
  slaState: SlaState | null;
  slaPaused: boolean;
  missingCalendarYears: number[];
  documentsVerified: number;
  documentsRequired: number;
  balanceFen: number;
  requestedDocTypes: DocumentType[];
  infoRequestMessage: string | null;
  rejectReasonCode: RejectReasonCode | null;
  customerMessage: string | null;
  internalNote: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  // Sent by the server with every request; optional so records built by hand (tests, exports) need not name them.
  /** The holder's identity is verified (real-name record, or the assignee's check). */
  identityVerified?: boolean;
  /** While awaiting the customer: the last reminder, from when the next one and a no-response rejection are possible. */
  remindedAt?: string | null;
  nextReminderAt?: string | null;
  noResponseRejectAt?: string | null;
  /** In a list searched by part of a phone number: the masked phone with the matched digits in place. */
  phoneMatch?: PhoneMatch | null;
}

export interface Account {
  id: number;
  accountNumber: string;
  holderName: string;
  accountType: AccountType;
  companyName: string | null;
  idNumberMasked: string;
  phone: string;
  email: string | null;
  iccid: string;
  msisdn: string;
  cardKind: 'sim' | 'esim';
  planName: string;
  status: AccountStatus;
  balanceFen: number;
  dataRemainingMb: number;
  identityVerified: boolean;
  language: Language;
  openedAt: string;
  serviceEndedAt: string | null;
}

/** GET /api/accounts/:id/pii: what Account carries masked, in full. */
export interface AccountPii {
  phone: string;
  email: string | null;
  /** As the register stores it: partly masked already. */
  idNumber: string | null;
  iccid: string | null;
  msisdn: string | null;
}

export interface Order {
  id: number;
  accountId: number;
  orderNumber: string;
  kind: OrderKind;
  name: string;
  status: OrderStatus;
  amountFen: number;
  createdAt: string;
  endsAt: string | null;
}

export interface SupportingDocument {
  id: number;
  requestId: number;
  accountId: number;
  type: DocumentType;
  status: DocumentStatus;
  rejectionReason: string | null;
  attempt: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedByType: string;
  uploadedAt: string;
  reviewedBy: number | null;
  reviewedAt: string | null;
  /** The rejection cannot be fixed by uploading again. */
  rejectionFinal: boolean;
  /** Set when the retention job deleted the file; the record stays. */
  fileDeletedAt: string | null;
  version: number;
}

/** A refund as the API sends it (the type lives with the rules, in src/domain). */
export type Refund = ApiRefund;

export interface AuditEvent {
  id: number;
  occurredAt: string;
  actorType: 'staff' | 'customer' | 'system';
  actorId: number | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: number;
  requestId: number | null;
  accountId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  language: Language;
  active: boolean;
  /** Admins only: the names-only list other roles get leaves these out. */
  email?: string | null;
  lastLoginAt?: string | null;
  mustChangePassword?: boolean;
}

/** A message in the outbox (email or SMS to the customer), with its delivery state. */
export interface OutboxNotification {
  id: number;
  requestId: number | null;
  accountId: number;
  event: string;
  channel: NotificationChannel;
  language: Language;
  recipient: string;
  subject: string | null;
  body: string;
  status: NotificationStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}
