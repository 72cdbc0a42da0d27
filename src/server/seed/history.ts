import { EMAIL_FAILURES, SMS_FAILURES } from './catalog.ts';
import type { Rng } from './random.ts';
import type { NotificationEvent } from '../../domain/vocabulary.ts';
import type { AuditDraft, EntityRef, NotificationDraft, RequestDraft } from './draftTypes.ts';
import type { Staff } from './staffPool.ts';

// The audit trail and the outbox of a demo request, derived from its draft so the
// timeline page tells the same story as the columns: every step in order, who
// did it, and the before/after of what changed.

const REQUEST: EntityRef = { kind: 'request' };
const ACCOUNT: EntityRef = { kind: 'account' };
const REFUND: EntityRef = { kind: 'refund' };

// The shapes follow the live actions (src/server/actions): a request event's
// before/after carry status, assignee and version; a decision adds its facts.
export function auditTrail(d: RequestDraft): AuditDraft[] {
  const t = d.timeline;
  const events: AuditDraft[] = [];
  const english = d.account.language === 'en';
  const customerName = d.agentName ?? d.account.holderName;
  const customer = (
    at: number,
    action: string,
    entity: EntityRef,
    before: AuditDraft['before'],
    after: AuditDraft['after'],
  ) => events.push({ at, actorType: 'customer', actor: null, actorName: customerName, action, entity, before, after });
  const staff = (
    who: Staff,
    at: number,
    action: string,
    entity: EntityRef,
    before: AuditDraft['before'],
    after: AuditDraft['after'],
  ) => events.push({ at, actorType: 'staff', actor: who, actorName: who.name, action, entity, before, after });

  // The request's own moves, version by version.
  let version = 1;
  let status: string = 'submitted';
  let assigneeId: number | null = null;
  const move = (at: number, who: Staff | null, verb: string, next: string, extra: Record<string, unknown> = {}) => {
    const before = { status, assigneeId, version };
    if (next === 'in_review' && status === 'submitted' && t.assignee) assigneeId = t.assignee.id;
    status = next;
    version += 1;
    const after = { status, assigneeId, version, ...extra };
    if (who) staff(who, at, `request.${verb}`, REQUEST, before, after);
    else customer(at, `request.${verb}`, REQUEST, before, after);
  };

  customer(t.submittedAt, 'request.submitted', REQUEST, null, {
    status: 'submitted',
    channel: d.channel,
    reasonCode: d.reasonCode,
  });
  d.documents.forEach((doc, index) => {
    const entity: EntityRef = { kind: 'document', index };
    customer(doc.uploadedAt, 'document.uploaded', entity, null, {
      type: doc.type,
      attempt: doc.attempt,
      status: 'submitted',
    });
    if (doc.reviewedAt !== null && doc.reviewer) {
      const action = doc.status === 'verified' ? 'document.verified' : 'document.rejected';
      // As the live decision records it (reviewDocument.ts): which document, which upload.
      const decided = { type: doc.type, attempt: doc.attempt };
      const after =
        doc.status === 'verified'
          ? { ...decided, status: 'verified' }
          : { ...decided, status: 'rejected', reason: doc.rejectionReason, final: doc.rejectionFinal };
      staff(doc.reviewer, doc.reviewedAt, action, entity, { status: 'submitted' }, after);
    }
  });
  if (t.claimedAt !== null && t.assignee) move(t.claimedAt, t.assignee, 'claimed', 'in_review');
  if (t.infoAt !== null && t.assignee) {
    move(t.infoAt, t.assignee, 'info_requested', 'awaiting_customer', {
      documentTypes: d.requestedTypes,
      message: d.infoMessage,
    });
  }
  if (t.answeredAt !== null) {
    move(t.answeredAt, null, 'customer_answered', 'in_review', {
      message: english ? 'Uploaded again as asked.' : '已按要求重新上传材料。',
    });
  }
  const r = d.refund;
  if (t.decidedAt !== null) {
    if (t.status === 'withdrawn') {
      move(t.decidedAt, null, 'withdrawn', 'withdrawn');
    } else if (t.decider) {
      // Same order as the live approve: account first, then the refund, then the request.
      if (t.status === 'approved') {
        staff(t.decider, t.decidedAt, 'account.cancelled', ACCOUNT, { status: 'active' }, { status: 'cancelled' });
        if (r) {
          const created = { status: 'pending_approval', amountFen: r.amountFen };
          if (r.requestedBy) staff(r.requestedBy, r.createdAt, 'refund.created', REFUND, null, created);
          else
            events.push({
              at: r.createdAt,
              actorType: 'system',
              actor: null,
              actorName: 'system',
              action: 'refund.created',
              entity: REFUND,
              before: null,
              after: created,
            });
        }
        move(t.decidedAt, t.decider, 'approved', 'approved', { refundFen: r?.amountFen ?? null });
        const last = events[events.length - 1];
        if (last && r) last.namesRefund = true;
      } else if (t.status === 'rejected') {
        move(t.decidedAt, t.decider, 'rejected', 'rejected', {
          reasonCode: d.rejectReason,
          customerMessage: d.customerMessage,
        });
      } else if (t.status === 'paused_instead') {
        staff(t.decider, t.decidedAt, 'account.suspended', ACCOUNT, { status: 'active' }, { status: 'suspended' });
        move(t.decidedAt, t.decider, 'paused_instead', 'paused_instead');
      }
    }
  }
  if (r) {
    if (r.rejected) {
      staff(
        r.rejected.by,
        r.rejected.at,
        'refund.rejected',
        REFUND,
        { status: 'pending_approval' },
        { status: 'rejected', reason: r.rejected.reason },
      );
    }
    if (r.first) {
      const done = r.approvalsNeeded === 1;
      staff(
        r.first.by,
        r.first.at,
        'refund.approved',
        REFUND,
        { status: 'pending_approval', approvals: 0 },
        {
          status: done ? 'approved' : 'pending_approval',
          approvals: 1,
        },
      );
    }
    if (r.second) {
      staff(
        r.second.by,
        r.second.at,
        'refund.approved',
        REFUND,
        { status: 'pending_approval', approvals: 1 },
        { status: 'approved', approvals: 2 },
      );
    }
    if (r.payout?.reference) {
      staff(
        r.payout.by,
        r.payout.at,
        'refund.paid',
        REFUND,
        { status: 'approved' },
        { status: 'paid', payoutReference: r.payout.reference },
      );
    } else if (r.payout) {
      staff(
        r.payout.by,
        r.payout.at,
        'refund.failed',
        REFUND,
        { status: 'approved' },
        { status: 'failed', failureReason: r.payout.failure },
      );
    }
  }
  // Stable sort: events at the same instant keep the order they were told in.
  return events.sort((a, b) => a.at - b.at);
}

/** The customer-visible moments already past: each becomes one e-mail and one SMS. */
export function customerNotices(d: RequestDraft, rng: Rng): NotificationDraft[] {
  const t = d.timeline;
  const moments: [number, NotificationEvent][] = [[t.submittedAt, 'request_received']];
  if (t.infoAt !== null) moments.push([t.infoAt, 'info_requested']);
  if (
    t.decidedAt !== null &&
    t.status !== 'submitted' &&
    t.status !== 'in_review' &&
    t.status !== 'awaiting_customer'
  ) {
    moments.push([t.decidedAt, t.status]);
  }
  if (d.refund?.payout?.reference) moments.push([d.refund.payout.at, 'refund_paid']);
  return moments.map(([at, event]) => {
    let failure: NotificationDraft['failure'] = null;
    if (rng.chance(0.006)) {
      failure = rng.chance(0.5)
        ? { channel: 'email', error: rng.pick(EMAIL_FAILURES) }
        : { channel: 'sms', error: rng.pick(SMS_FAILURES) };
    }
    return { at: at + rng.int(1, 20) * 1000, event, failure };
  });
}
