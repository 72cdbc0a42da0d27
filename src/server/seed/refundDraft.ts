import type { RefundStatus } from '../../domain/vocabulary.ts';
import { PAYOUT_FAILURES, REFUND_REJECTIONS } from './catalog.ts';
import { notAfter, officeTime, type IsWorking } from './eventTimes.ts';
import type { Rng } from './random.ts';
import { shanghaiDay } from '../../domain/workingDays.ts';
import { pickFinancePair, type Staff, type StaffPool } from './staffPool.ts';

// The refund an approval creates for a positive balance, and how far finance got
// with it by `now`: approval (two different people above the threshold), then a
// manual bank transfer that is paid or, now and then, bounced.

export interface RefundDraft {
  amountFen: number;
  status: RefundStatus;
  approvalsNeeded: 1 | 2;
  /** The decider, whose approval created it (as the live approve does); null: raised by the system. */
  requestedBy: Staff | null;
  createdAt: number;
  first: { by: Staff; at: number } | null;
  second: { by: Staff; at: number } | null;
  rejected: { by: Staff; at: number; reason: string } | null;
  payout: { by: Staff; at: number; reference: string | null; failure: string | null } | null;
  updatedAt: number;
}

export interface RefundFacts {
  amountFen: number;
  decidedAt: number;
  decider: Staff;
  thresholdFen: number;
  now: number;
  isWorking: IsWorking;
  staff: StaffPool;
}

export function draftRefund(rng: Rng, f: RefundFacts): RefundDraft {
  const limit = f.now - 60_000;
  // Created by the approval itself, in the same transaction.
  const createdAt = f.decidedAt;
  const approvalsNeeded = f.amountFen > f.thresholdFen ? 2 : 1;
  const [firstBy, secondBy] = pickFinancePair(f.staff, rng);
  const r: RefundDraft = {
    amountFen: f.amountFen,
    status: 'pending_approval',
    approvalsNeeded,
    requestedBy: rng.chance(0.85) ? f.decider : null,
    createdAt,
    first: null,
    second: null,
    rejected: null,
    payout: null,
    updatedAt: createdAt,
  };
  // Each step happens when it would; a step whose time is still to come has not happened.
  // Finance works refunds in batches a few times a week, so some wait days.
  const firstAt = officeTime(f.isWorking, rng, createdAt, rng.weightedIndex([15, 25, 20, 15, 15, 10]));
  if (firstAt > limit) return r;
  if (rng.chance(0.03)) {
    r.status = 'rejected';
    r.rejected = { by: firstBy, at: firstAt, reason: rng.pick(REFUND_REJECTIONS) };
    r.updatedAt = firstAt;
    return r;
  }
  r.first = { by: firstBy, at: firstAt };
  r.updatedAt = firstAt;
  let approvedAt = firstAt;
  if (approvalsNeeded === 2) {
    const secondAt = officeTime(f.isWorking, rng, firstAt, rng.weightedIndex([60, 40]));
    // With a single finance user nobody can give the second approval.
    if (secondAt > limit || secondBy.id === firstBy.id) return r;
    r.second = { by: secondBy, at: secondAt };
    approvedAt = r.updatedAt = secondAt;
  }
  r.status = 'approved';
  const payer = rng.pick(f.staff.finance);
  const payAt = officeTime(f.isWorking, rng, approvedAt, rng.weightedIndex([20, 30, 25, 15, 10]));
  if (payAt > limit) return r;
  const paidAt = notAfter(rng, payAt, approvedAt, limit);
  if (rng.chance(0.05)) {
    r.status = 'failed';
    r.payout = { by: payer, at: paidAt, reference: null, failure: rng.pick(PAYOUT_FAILURES) };
  } else {
    r.status = 'paid';
    const reference = `BANK-${shanghaiDay(paidAt).replaceAll('-', '')}-${rng.digits(6)}`;
    r.payout = { by: payer, at: paidAt, reference, failure: null };
  }
  r.updatedAt = paidAt;
  return r;
}
