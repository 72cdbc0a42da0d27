import { pauseSpanMs, slaDeadlines, turnaroundMs } from '../../domain/sla.ts';
import type { AccountStatus, AccountType, Channel, DocumentType, FiledBy } from '../../domain/vocabulary.ts';
import { unlessCalendarGap, type WorkingCalendar } from '../../domain/workingDays.ts';
import { draftAccount } from './accountDraft.ts';
import {
  AGENT_RELATIONS,
  DOCUMENT_LABELS,
  INTERNAL_NOTES,
  REASON_TEXTS,
  REASON_WEIGHTS,
  REJECT_MESSAGES,
  REJECT_REASON_WEIGHTS,
} from './catalog.ts';
import { draftDocuments, type DocumentDraft } from './documentDraft.ts';
import type { RequestDraft } from './draftTypes.ts';
import { auditTrail, customerNotices } from './history.ts';
import type { IsWorking } from './eventTimes.ts';
import { chineseName } from './names.ts';
import { Rng } from './random.ts';
import { draftRefund } from './refundDraft.ts';
import type { StaffPool } from './staffPool.ts';
import type { SubmissionClock } from './submissionClock.ts';
import { buildTimeline, pickStatus } from './timeline.ts';

// One demo request with everything around it, before database ids exist. Pure:
// the same seed, index and context always give the same draft.

export interface DraftContext {
  seed: number;
  /** How many requests this run makes (spreads submission times over the window). */
  total: number;
  now: number;
  cal: WorkingCalendar;
  isWorking: IsWorking;
  clock: SubmissionClock;
  /** Working days from an instant to `now`. */
  ageInWorkingDays: (from: number) => number;
  staff: StaffPool;
  refundThresholdFen: number;
}

// A value that needs a year the calendar lacks is left empty (the app flags it).
const unlessGap = unlessCalendarGap;

function infoMessage(types: DocumentType[], docs: DocumentDraft[], english: boolean): string {
  return types
    .map((type) => {
      const label = DOCUMENT_LABELS[type][english ? 'en' : 'zh'];
      const turnedDown = docs.find((d) => d.type === type && d.status === 'rejected' && !d.rejectionFinal);
      if (english)
        return turnedDown
          ? `The ${label} you uploaded could not be accepted; please upload it again.`
          : `Please upload your ${label}.`;
      return turnedDown
        ? `您上传的${label}未通过审核（${turnedDown.rejectionReason ?? ''}），请重新上传。`
        : `请上传${label}。`;
    })
    .join(english ? ' ' : '');
}

export function draftRequest(ctx: DraftContext, index: number): RequestDraft {
  const rng = Rng.forIndex(ctx.seed, index);
  const submittedAt = ctx.clock.forIndex(index, ctx.total, rng.float()).getTime();
  const status = pickStatus(rng, ctx.ageInWorkingDays(submittedAt));
  const accountType: AccountType = rng.chance(0.2) ? 'business' : 'personal';
  const rejectReason = status === 'rejected' ? rng.weighted(REJECT_REASON_WEIGHTS) : null;
  const filedBy: FiledBy =
    rejectReason === 'not_account_holder' || rng.chance(accountType === 'business' ? 0.05 : 0.1) ? 'agent' : 'holder';
  const channel: Channel =
    filedBy === 'agent'
      ? rng.weighted({ customer_service: 50, web: 30, app: 20 })
      : rng.weighted({ web: 45, app: 43, customer_service: 12 });
  const timeline = buildTimeline(rng, status, submittedAt, ctx.now, ctx.isWorking, ctx.staff);

  const accountStatus: AccountStatus =
    status === 'approved' ? 'cancelled' : status === 'paused_instead' ? 'suspended' : 'active';
  const decidedAt = timeline.decidedAt ?? ctx.now;
  const account = draftAccount(rng, {
    submittedAt,
    now: ctx.now,
    openOrder: rejectReason === 'outstanding_orders',
    noOpenOrders: status === 'approved',
    identityVerified:
      status === 'approved' || (rejectReason === 'identity_mismatch' ? rng.chance(0.4) : rng.chance(0.93)),
    accountType,
    status: accountStatus,
    clearedAt: status === 'approved' ? submittedAt + Math.floor((decidedAt - submittedAt) * 0.4 * rng.float()) : null,
  });
  const english = account.language === 'en';

  const { documents, requestedTypes } = draftDocuments(rng, {
    accountType,
    filedBy,
    timeline,
    rejectReason,
    now: ctx.now,
    hashKey: `${ctx.seed}:${index}`,
  });
  const reasonCode = rng.weighted(REASON_WEIGHTS);
  const reasonText = rng.pick(REASON_TEXTS[reasonCode][english ? 'en' : 'zh']);
  const agentName =
    filedBy === 'agent'
      ? `${chineseName(rng).name}（${accountType === 'business' ? '经办人' : rng.pick(AGENT_RELATIONS)}）`
      : null;

  const refund =
    status === 'approved' && account.balanceFen > 0 && timeline.decider && timeline.decidedAt !== null
      ? draftRefund(rng, {
          amountFen: account.balanceFen,
          decidedAt: timeline.decidedAt,
          decider: timeline.decider,
          thresholdFen: ctx.refundThresholdFen,
          now: ctx.now,
          isWorking: ctx.isWorking,
          staff: ctx.staff,
        })
      : null;

  // Working time spent waiting for the customer: a finished pause (answered, or
  // ended by a withdrawal) counts; the current one is open-ended in paused_at.
  const pauseEnd = timeline.answeredAt ?? (status === 'withdrawn' ? timeline.decidedAt : null);
  const slaPausedMs =
    timeline.infoAt !== null && pauseEnd !== null
      ? (unlessGap(() => pauseSpanMs(ctx.cal, new Date(timeline.infoAt ?? 0), new Date(pauseEnd))) ?? 0)
      : 0;
  const deadlines = unlessGap(() => slaDeadlines(ctx.cal, new Date(submittedAt), slaPausedMs));
  const turnaround =
    timeline.decidedAt === null
      ? null
      : unlessGap(() =>
          turnaroundMs(ctx.cal, {
            submittedAt: new Date(submittedAt),
            decidedAt: new Date(decidedAt),
            pausedAt: null,
            slaPausedMs,
          }),
        );

  const draft: RequestDraft = {
    index,
    account,
    accountStatus,
    timeline,
    reasonCode,
    reasonText,
    filedBy,
    agentName,
    channel,
    rejectReason,
    customerMessage: rejectReason ? REJECT_MESSAGES[rejectReason][english ? 'en' : 'zh'] : null,
    requestedTypes,
    infoMessage: requestedTypes.length > 0 ? infoMessage(requestedTypes, documents, english) : null,
    internalNote: timeline.assignee && rng.chance(0.06) ? rng.pick(INTERNAL_NOTES) : null,
    documents,
    refund,
    slaPausedMs,
    riskAt: deadlines?.riskAt.getTime() ?? null,
    dueAt: deadlines?.dueAt.getTime() ?? null,
    turnaroundMs: turnaround,
    audit: [],
    notices: [],
  };
  draft.audit = auditTrail(draft);
  draft.notices = customerNotices(draft, rng);
  return draft;
}
