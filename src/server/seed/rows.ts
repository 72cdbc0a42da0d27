import type { Insertable } from 'kysely';
import type { BalanceEntriesTable } from '../db/refundTables.ts';
import type {
  AccountsTable,
  AuditEventsTable,
  CancellationRequestsTable,
  DocumentsTable,
  NotificationsTable,
  OrdersTable,
  RefundsTable,
} from '../db/schema.ts';
import { DOCUMENT_LABELS } from './catalog.ts';
import { renderMessage } from '../outbox/templates.ts';
import type { RequestDraft } from './draftTypes.ts';
import { shanghaiYymmdd } from '../../domain/requestNumber.ts';
import { requestNumber } from '../../domain/requestNumber.ts';

// Turns drafts into table rows once the database has handed out ids. Ids come
// from the tables' own sequences (so later inserts by the app never collide) and
// are spliced into the human-facing numbers, which are therefore unique too.

export interface DraftIds {
  accountId: number;
  requestId: number;
  requestSeq: number;
  orderIds: number[];
  documentIds: number[];
  refundId: number | null;
}

export interface ChunkRows {
  accounts: Insertable<AccountsTable>[];
  orders: Insertable<OrdersTable>[];
  requests: Insertable<CancellationRequestsTable>[];
  documents: Insertable<DocumentsTable>[];
  refunds: Insertable<RefundsTable>[];
  balanceEntries: Insertable<BalanceEntriesTable>[];
  notifications: Insertable<NotificationsTable>[];
  audit: Insertable<AuditEventsTable>[];
}

export function emptyChunk(): ChunkRows {
  return {
    accounts: [],
    orders: [],
    requests: [],
    documents: [],
    refunds: [],
    balanceEntries: [],
    notifications: [],
    audit: [],
  };
}

const date = (ms: number) => new Date(ms);
const dateOrNull = (ms: number | null) => (ms === null ? null : new Date(ms));

export function addDraftRows(out: ChunkRows, d: RequestDraft, ids: DraftIds): void {
  const a = d.account;
  const t = d.timeline;
  const number = requestNumber(t.submittedAt, ids.requestSeq);
  const lastChange = Math.max(t.submittedAt, ...d.audit.map((e) => e.at));

  out.accounts.push({
    id: ids.accountId,
    accountNumber: `LL${String(ids.accountId).padStart(9, '0')}`,
    holderName: a.holderName,
    accountType: a.accountType,
    companyName: a.companyName,
    idNumberMasked: a.idNumberMasked,
    phone: a.phone,
    email: a.email,
    // 8986 (China) + issuer + 12-digit id + 2 random digits = 20 digits.
    iccid: `8986${a.iccidIssuer}${String(ids.accountId).padStart(12, '0')}${a.iccidTail.slice(0, 2)}`,
    msisdn: a.msisdn,
    cardKind: a.cardKind,
    planName: a.planName,
    status: d.accountStatus,
    // The opening balance (the ledger's first entry, by trigger); a paid refund's entry below takes it to 0.
    balanceFen: a.balanceFen,
    dataRemainingMb: d.accountStatus === 'cancelled' ? 0 : a.dataRemainingMb,
    identityVerified: a.identityVerified,
    language: a.language,
    openedAt: date(a.openedAt),
    serviceEndedAt: d.accountStatus === 'cancelled' ? dateOrNull(t.decidedAt) : null,
    createdAt: date(a.openedAt),
    updatedAt: date(d.accountStatus === 'active' ? t.submittedAt : lastChange),
  });

  a.orders.forEach((o, i) => {
    const id = ids.orderIds[i] ?? 0;
    out.orders.push({
      id,
      accountId: ids.accountId,
      orderNumber: `DD${shanghaiYymmdd(o.createdAt)}${String(id).padStart(8, '0')}`,
      kind: o.kind,
      name: o.name,
      status: o.status,
      amountFen: o.amountFen,
      createdAt: date(o.createdAt),
      endsAt: dateOrNull(o.endsAt),
      updatedAt: date(o.updatedAt),
    });
  });

  // Every request event (submission included) is one version.
  const requestChanges = d.audit.filter((e) => e.entity.kind === 'request').length;
  out.requests.push({
    id: ids.requestId,
    number,
    accountId: ids.accountId,
    accountType: a.accountType,
    reasonCode: d.reasonCode,
    reasonText: d.reasonText,
    filedBy: d.filedBy,
    agentName: d.agentName,
    channel: d.channel,
    status: t.status,
    // A request withdrawn before anyone claimed it has no assignee.
    assigneeId: t.assignee?.id ?? null,
    submittedAt: date(t.submittedAt),
    decidedAt: dateOrNull(t.decidedAt),
    decidedBy: t.decider?.id ?? null,
    slaPausedMs: d.slaPausedMs,
    pausedAt: t.status === 'awaiting_customer' ? dateOrNull(t.infoAt) : null,
    riskAt: dateOrNull(d.riskAt),
    dueAt: dateOrNull(d.dueAt),
    turnaroundMs: d.turnaroundMs,
    requestedDocTypes: d.requestedTypes,
    infoRequestMessage: d.infoMessage,
    rejectReasonCode: d.rejectReason,
    customerMessage: d.customerMessage,
    internalNote: d.internalNote,
    version: requestChanges,
    createdAt: date(t.submittedAt),
    updatedAt: date(Math.max(t.submittedAt, ...d.audit.filter((e) => e.entity.kind === 'request').map((e) => e.at))),
  });

  d.documents.forEach((doc, i) => {
    out.documents.push({
      id: ids.documentIds[i] ?? 0,
      requestId: ids.requestId,
      accountId: ids.accountId,
      type: doc.type,
      status: doc.status,
      rejectionReason: doc.rejectionReason,
      rejectionFinal: doc.rejectionFinal,
      attempt: doc.attempt,
      fileName: doc.fileName,
      mimeType: doc.mimeType,
      sizeBytes: doc.sizeBytes,
      sha256: doc.sha256,
      storageKey: null,
      uploadedByType: 'customer',
      uploadedById: null,
      uploadedAt: date(doc.uploadedAt),
      reviewedBy: doc.reviewer?.id ?? null,
      reviewedAt: dateOrNull(doc.reviewedAt),
    });
  });

  const r = d.refund;
  if (r && ids.refundId !== null) {
    out.refunds.push({
      id: ids.refundId,
      requestId: ids.requestId,
      accountId: ids.accountId,
      amountFen: r.amountFen,
      status: r.status,
      requestedBy: r.requestedBy?.id ?? null,
      approvalsNeeded: r.approvalsNeeded,
      firstApproverId: r.first?.by.id ?? null,
      firstApprovedAt: dateOrNull(r.first?.at ?? null),
      secondApproverId: r.second?.by.id ?? null,
      secondApprovedAt: dateOrNull(r.second?.at ?? null),
      rejectedBy: r.rejected?.by.id ?? null,
      rejectionReason: r.rejected?.reason ?? null,
      payoutReference: r.payout?.reference ?? null,
      payoutAttempts: r.payout ? 1 : 0,
      failureReason: r.payout?.failure ?? null,
      paidAt: r.payout?.reference ? date(r.payout.at) : null,
      version: d.audit.filter((e) => e.entity.kind === 'refund').length,
      createdAt: date(r.createdAt),
      updatedAt: date(r.updatedAt),
    });
    if (r.status === 'paid' && r.payout) {
      out.balanceEntries.push({
        accountId: ids.accountId,
        kind: 'refund_paid',
        amountFen: -r.amountFen,
        refundId: ids.refundId,
        createdBy: r.payout.by.id,
        createdAt: date(r.payout.at),
      });
    }
  }

  for (const e of d.audit) {
    const entityId =
      e.entity.kind === 'request'
        ? ids.requestId
        : e.entity.kind === 'account'
          ? ids.accountId
          : e.entity.kind === 'refund'
            ? ids.refundId
            : ids.documentIds[e.entity.index];
    const after = e.namesRefund ? { ...e.after, refundId: ids.refundId } : e.after;
    out.audit.push({
      occurredAt: date(e.at),
      actorType: e.actorType,
      actorId: e.actor?.id ?? null,
      actorName: e.actorName,
      action: e.action,
      entityType: e.entity.kind,
      entityId: String(entityId),
      requestId: ids.requestId,
      accountId: ids.accountId,
      before: e.before === null ? null : JSON.stringify(e.before),
      after: after === null ? null : JSON.stringify(after),
    });
  }

  const english = a.language === 'en';
  for (const n of d.notices) {
    const text = renderMessage(a.language, n.event, {
      name: a.holderName,
      number,
      documents: d.requestedTypes
        .map((type) => DOCUMENT_LABELS[type][english ? 'en' : 'zh'])
        .join(english ? ', ' : '、'),
      message:
        n.event === 'rejected' ? (d.customerMessage ?? '') : n.event === 'info_requested' ? (d.infoMessage ?? '') : '',
      amountFen: d.refund?.amountFen ?? 0,
      payoutReference: d.refund?.payout?.reference ?? '',
    });
    for (const channel of ['email', 'sms'] as const) {
      const failed = n.failure?.channel === channel ? n.failure.error : null;
      out.notifications.push({
        requestId: ids.requestId,
        accountId: ids.accountId,
        event: n.event,
        channel,
        language: a.language,
        recipient: channel === 'email' ? a.email : a.phone,
        subject: channel === 'email' ? text.subject : null,
        body: channel === 'email' ? text.email : text.sms,
        status: failed ? 'failed' : 'sent',
        attempts: failed ? 5 : 1,
        // A failed message was retried with back-off until it gave up.
        nextAttemptAt: date(failed ? n.at + 2 * 3_600_000 : n.at),
        lastError: failed,
        createdAt: date(n.at),
        sentAt: failed ? null : date(n.at + 1500 + (n.at % 7) * 1000),
      });
    }
  }
}
