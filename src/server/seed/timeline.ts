import type { OpenStatus, RequestStatus } from '../../domain/vocabulary.ts';
import { customerTime, notAfter, officeTime, type IsWorking } from './eventTimes.ts';
import type { Rng } from './random.ts';
import { pickReviewer, type Staff, type StaffPool } from './staffPool.ts';

// Where a demo request stands at `now` and when each step of its history happened.
// Status depends on age: the old are mostly decided, the young mostly open, and a
// tail of old open ones makes the breached list. Turnarounds of decided requests
// are mostly within 7 working days, with a long tail for the manager's charts.

export interface Timeline {
  status: RequestStatus;
  submittedAt: number;
  claimedAt: number | null;
  assignee: Staff | null;
  /** The reviewer asked for more (request_info), and when the customer answered. */
  infoAt: number | null;
  answeredAt: number | null;
  decidedAt: number | null;
  /** The staff member who approved, rejected or paused; null for withdrawn. */
  decider: Staff | null;
  /** For withdrawn: the open status it was in when the customer withdrew. */
  withdrawnFrom: OpenStatus | null;
}

/** Chance a request of this age (working days) is still open. */
function openChance(ageWorkingDays: number): number {
  if (ageWorkingDays < 1) return 0.98;
  if (ageWorkingDays < 2) return 0.95;
  if (ageWorkingDays < 3) return 0.92;
  if (ageWorkingDays < 5) return 0.84;
  if (ageWorkingDays < 7) return 0.7;
  if (ageWorkingDays < 10) return 0.45;
  if (ageWorkingDays < 15) return 0.25;
  if (ageWorkingDays < 25) return 0.12;
  return 0.06;
}

export function pickStatus(rng: Rng, ageWorkingDays: number): RequestStatus {
  if (rng.chance(openChance(ageWorkingDays))) {
    return ageWorkingDays < 3
      ? rng.weighted({ submitted: 55, in_review: 33, awaiting_customer: 12 })
      : rng.weighted({ submitted: 38, in_review: 36, awaiting_customer: 26 });
  }
  return rng.weighted({ approved: 35, rejected: 10, paused_instead: 5, withdrawn: 7 });
}

const INFO_CHANCE: Partial<Record<RequestStatus, number>> = {
  approved: 0.2,
  rejected: 0.35,
  paused_instead: 0.15,
  in_review: 0.2,
};

function claimDelay(rng: Rng): number {
  return rng.weightedIndex([40, 35, 17, 8]);
}

function decideDelay(rng: Rng): number {
  const k = rng.weightedIndex([35, 35, 18, 12]);
  // The long tail: a hard case, a sick reviewer, a request forgotten in a drawer.
  return rng.chance(0.1) ? k + rng.int(3, 7) : k;
}

export function buildTimeline(
  rng: Rng,
  status: RequestStatus,
  submittedAt: number,
  now: number,
  isWorking: IsWorking,
  staff: StaffPool,
): Timeline {
  const limit = now - 2 * 60_000;
  const t: Timeline = {
    status,
    submittedAt,
    claimedAt: null,
    assignee: null,
    infoAt: null,
    answeredAt: null,
    decidedAt: null,
    decider: null,
    withdrawnFrom: null,
  };
  const stage: OpenStatus | 'decide' =
    status === 'withdrawn'
      ? rng.weighted({ submitted: 40, in_review: 35, awaiting_customer: 25 })
      : status === 'submitted' || status === 'in_review' || status === 'awaiting_customer'
        ? status
        : 'decide';
  if (status === 'withdrawn' && stage !== 'decide') t.withdrawnFrom = stage;

  let last = submittedAt;
  if (stage !== 'submitted') {
    t.assignee = pickReviewer(staff, rng);
    t.claimedAt = last = notAfter(rng, officeTime(isWorking, rng, submittedAt, claimDelay(rng)), last, limit);
    const asks = stage === 'awaiting_customer' || rng.chance(INFO_CHANCE[status] ?? 0);
    if (asks) {
      t.infoAt = last = notAfter(rng, officeTime(isWorking, rng, last, rng.int(0, 1)), last, limit);
      if (stage !== 'awaiting_customer') {
        t.answeredAt = last = notAfter(rng, customerTime(rng, last, 2, 96), last, limit);
      }
    }
  }
  if (status === 'withdrawn') {
    t.decidedAt = notAfter(rng, customerTime(rng, last, 1, 120), last, limit);
  } else if (stage === 'decide') {
    t.decidedAt = notAfter(rng, officeTime(isWorking, rng, last, decideDelay(rng)), last, limit);
    t.decider = t.assignee;
  }
  return t;
}
