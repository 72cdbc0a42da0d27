import type {
  AccountStatus,
  ActorType,
  Channel,
  DocumentType,
  FiledBy,
  NotificationChannel,
  NotificationEvent,
  ReasonCode,
  RejectReasonCode,
} from '../../domain/vocabulary.ts';
import type { AccountDraft } from './accountDraft.ts';
import type { DocumentDraft } from './documentDraft.ts';
import type { RefundDraft } from './refundDraft.ts';
import type { Staff } from './staffPool.ts';
import type { Timeline } from './timeline.ts';

// The shape of one demo request's draft (requestDraft.ts builds it, history.ts
// derives its audit trail and outbox from it, rows.ts turns it into rows).

export interface RequestDraft {
  index: number;
  account: AccountDraft;
  accountStatus: AccountStatus;
  timeline: Timeline;
  reasonCode: ReasonCode;
  reasonText: string;
  filedBy: FiledBy;
  agentName: string | null;
  channel: Channel;
  rejectReason: RejectReasonCode | null;
  customerMessage: string | null;
  requestedTypes: DocumentType[];
  infoMessage: string | null;
  internalNote: string | null;
  documents: DocumentDraft[];
  refund: RefundDraft | null;
  slaPausedMs: number;
  riskAt: number | null;
  dueAt: number | null;
  turnaroundMs: number | null;
  audit: AuditDraft[];
  notices: NotificationDraft[];
}

export type EntityRef =
  { kind: 'request' } | { kind: 'account' } | { kind: 'refund' } | { kind: 'document'; index: number };

export interface AuditDraft {
  at: number;
  actorType: ActorType;
  actor: Staff | null;
  actorName: string;
  action: string;
  entity: EntityRef;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** `after.refundId` is filled in once the refund has its id (approve names the refund it created). */
  namesRefund?: boolean;
}

export interface NotificationDraft {
  at: number;
  event: NotificationEvent;
  /** A delivery that ran out of retries: staff see it in the outbox. */
  failure: { channel: NotificationChannel; error: string } | null;
}
