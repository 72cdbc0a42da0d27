import type { Insertable } from 'kysely';
import type {
  AccountsTable, AuditEventsTable, CancellationRequestsTable, DocumentsTable, NotificationsTable,
  OrdersTable, RefundsTable,
} from '../db/schema.ts';
import { DOCUMENT_LABELS } from './catalog.ts';
import { renderMessage } from '../outbox/templates.ts';
import type { RequestDraft } from './requestDraft.ts';
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
  notifications: Insertable<NotificationsTable>[];
  audit: Insertable<AuditEventsTable>[];
}

export function emptyChunk(): ChunkRows {
  return { accounts: [], orders: [], requests: [], documents: [], refunds: [], notifications: [], audit: [] };
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
    account_number: `LL${String(ids.accountId).padStart(9, '0')}`,
    holder_name: a.holderName,
    account_type: a.accountType,
    company_name: a.companyName,
    id_number_masked: a.idNumberMasked,
    phone: a.phone,
    email: a.email,
    // 8986 (China) + issuer + 12-digit id + 2 random digits = 20 digits.
    iccid: `8986${a.iccidIssuer}${String(ids.accountId).padStart(12, '0')}${a.iccidTail.slice(0, 2)}`,
    msisdn: a.msisdn,
    card_kind: a.cardKind,
    plan_name: a.planName,
    status: d.accountStatus,
    balance_fen: d.finalBalanceFen,
    data_remaining_mb: d.accountStatus === 'cancelled' ? 0 : a.dataRemainingMb,
    identity_verified: a.identityVerified,
    language: a.language,
    opened_at: date(a.openedAt),
    service_ended_at: d.accountStatus === 'cancelled' ? dateOrNull(t.decidedAt) : null,
    created_at: date(a.openedAt),
    updated_at: date(d.accountStatus === 'active' ? t.submittedAt : lastChange),
  });

  a.orders.forEach((o, i) => {
    const id = ids.orderIds[i] ?? 0;
    out.orders.push({
      id,
      account_id: ids.accountId,
      order_number: `DD${shanghaiYymmdd(o.createdAt)}${String(id).padStart(8, '0')}`,
      kind: o.kind,
      name: o.name,
      status: o.status,
      amount_fen: o.amountFen,
      created_at: date(o.createdAt),
      ends_at: dateOrNull(o.endsAt),
      updated_at: date(o.updatedAt),
    });
  });

  // Every request event (submission included) is one version.
  const requestChanges = d.audit.filter((e) => e.entity.kind === 'request').length;
  out.requests.push({
    id: ids.requestId,
    number,
    account_id: ids.accountId,
    account_type: a.accountType,
    reason_code: d.reasonCode,
    reason_text: d.reasonText,
    filed_by: d.filedBy,
    agent_name: d.agentName,
    channel: d.channel,
    status: t.status,
    // A request withdrawn before anyone claimed it has no assignee.
    assignee_id: t.assignee?.id ?? null,
    submitted_at: date(t.submittedAt),
    decided_at: dateOrNull(t.decidedAt),
    decided_by: t.decider?.id ?? null,
    sla_paused_ms: d.slaPausedMs,
    paused_at: t.status === 'awaiting_customer' ? dateOrNull(t.infoAt) : null,
    risk_at: dateOrNull(d.riskAt),
    due_at: dateOrNull(d.dueAt),
    turnaround_ms: d.turnaroundMs,
    requested_doc_types: d.requestedTypes,
    info_request_message: d.infoMessage,
    reject_reason_code: d.rejectReason,
    customer_message: d.customerMessage,
    internal_note: d.internalNote,
    version: requestChanges,
    created_at: date(t.submittedAt),
    updated_at: date(Math.max(t.submittedAt, ...d.audit.filter((e) => e.entity.kind === 'request').map((e) => e.at))),
  });

  d.documents.forEach((doc, i) => {
    out.documents.push({
      id: ids.documentIds[i] ?? 0,
      request_id: ids.requestId,
      account_id: ids.accountId,
      type: doc.type,
      status: doc.status,
      rejection_reason: doc.rejectionReason,
      rejection_final: doc.rejectionFinal,
      attempt: doc.attempt,
      file_name: doc.fileName,
      mime_type: doc.mimeType,
      size_bytes: doc.sizeBytes,
      sha256: doc.sha256,
      storage_key: null,
      uploaded_by_type: 'customer',
      uploaded_by_id: null,
      uploaded_at: date(doc.uploadedAt),
      reviewed_by: doc.reviewer?.id ?? null,
      reviewed_at: dateOrNull(doc.reviewedAt),
    });
  });

  const r = d.refund;
  if (r && ids.refundId !== null) {
    out.refunds.push({
      id: ids.refundId,
      request_id: ids.requestId,
      account_id: ids.accountId,
      amount_fen: r.amountFen,
      status: r.status,
      requested_by: r.requestedBy?.id ?? null,
      approvals_needed: r.approvalsNeeded,
      first_approver_id: r.first?.by.id ?? null,
      first_approved_at: dateOrNull(r.first?.at ?? null),
      second_approver_id: r.second?.by.id ?? null,
      second_approved_at: dateOrNull(r.second?.at ?? null),
      rejected_by: r.rejected?.by.id ?? null,
      rejection_reason: r.rejected?.reason ?? null,
      payout_reference: r.payout?.reference ?? null,
      payout_attempts: r.payout ? 1 : 0,
      failure_reason: r.payout?.failure ?? null,
      paid_at: r.payout?.reference ? date(r.payout.at) : null,
      version: d.audit.filter((e) => e.entity.kind === 'refund').length,
      created_at: date(r.createdAt),
      updated_at: date(r.updatedAt),
    });
  }

  for (const e of d.audit) {
    const entityId =
      e.entity.kind === 'request' ? ids.requestId
        : e.entity.kind === 'account' ? ids.accountId
          : e.entity.kind === 'refund' ? ids.refundId
            : ids.documentIds[e.entity.index];
    const after = e.namesRefund ? { ...e.after, refundId: ids.refundId } : e.after;
    out.audit.push({
      occurred_at: date(e.at),
      actor_type: e.actorType,
      actor_id: e.actor?.id ?? null,
      actor_name: e.actorName,
      action: e.action,
      entity_type: e.entity.kind,
      entity_id: String(entityId),
      request_id: ids.requestId,
      account_id: ids.accountId,
      before: e.before === null ? null : JSON.stringify(e.before),
      after: after === null ? null : JSON.stringify(after),
    });
  }

  const english = a.language === 'en';
  for (const n of d.notices) {
    const text = renderMessage(a.language, n.event, {
      name: a.holderName,
      number,
      documents: d.requestedTypes.map((type) => DOCUMENT_LABELS[type][english ? 'en' : 'zh']).join(english ? ', ' : '、'),
      message: n.event === 'rejected' ? (d.customerMessage ?? '') : n.event === 'info_requested' ? (d.infoMessage ?? '') : '',
      amountFen: d.refund?.amountFen ?? 0,
      payoutReference: d.refund?.payout?.reference ?? '',
    });
    for (const channel of ['email', 'sms'] as const) {
      const failed = n.failure?.channel === channel ? n.failure.error : null;
      out.notifications.push({
        request_id: ids.requestId,
        account_id: ids.accountId,
        event: n.event,
        channel,
        language: a.language,
        recipient: channel === 'email' ? a.email : a.phone,
        subject: channel === 'email' ? text.subject : null,
        body: channel === 'email' ? text.email : text.sms,
        status: failed ? 'failed' : 'sent',
        attempts: failed ? 5 : 1,
        // A failed message was retried with back-off until it gave up.
        next_attempt_at: date(failed ? n.at + 2 * 3_600_000 : n.at),
        last_error: failed,
        created_at: date(n.at),
        sent_at: failed ? null : date(n.at + 1500 + (n.at % 7) * 1000),
      });
    }
  }
}
