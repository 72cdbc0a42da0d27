// A small set of requests around Mid-Autumn and National Day 2026 whose
// figures were worked out by hand (turnaroundStats.test.ts). Each request is
// built from its story through sla.ts, so the stored columns are what the
// server would have written; the comments give the working, in working hours.
//
// 2026 (calendar2026.ts): Sun 20 Sep is a 调休 working day; Fri 25 - Sun 27 Sep
// Mid-Autumn; Thu 1 - Wed 7 Oct National Day; Sat 10 Oct a 调休 working day.

import { pauseSpanMs, slaDeadlines, turnaroundMs } from '../../src/domain/sla.ts';
import { turnaroundWorkingDays, type InfoRequestEvent, type StatsRequest } from '../../src/domain/turnaroundStats.ts';
import type { OpenStatus } from '../../src/domain/vocabulary.ts';
import { calendar2026 as cal, sh } from './calendar2026.ts';

export const WANG_FANG = 11;
export const LI_LEI = 12;

/** Mon 28 Sep - Fri 16 Oct: ISO weeks 40 (cut by nothing), 41 and 42 (cut after Friday). */
export const range = { from: '2026-09-28', to: '2026-10-16' };
export const now = sh('2026-10-20 10:00');

interface Story {
  submitted: string;
  decided: string;
  by: number;
  /** A finished awaiting_customer span: [asked, answered]. */
  pause?: [string, string];
}

function aDecision(status: 'approved' | 'rejected' | 'paused_instead' | 'withdrawn', story: Story): StatsRequest {
  const submittedAt = sh(story.submitted);
  const decidedAt = sh(story.decided);
  const slaPausedMs = story.pause ? pauseSpanMs(cal, sh(story.pause[0]), sh(story.pause[1])) : 0;
  const withdrawn = status === 'withdrawn';
  return {
    status,
    submittedAt,
    decidedAt,
    decidedBy: withdrawn ? null : story.by,
    assigneeId: story.by,
    ...slaDeadlines(cal, submittedAt, slaPausedMs),
    pausedAt: null,
    turnaroundWorkingDays: withdrawn
      ? null
      : turnaroundWorkingDays(turnaroundMs(cal, { submittedAt, decidedAt, pausedAt: null, slaPausedMs })),
  };
}

function anOpen(
  status: OpenStatus,
  story: { submitted: string; assignee: number | null; pausedAt?: string },
): StatsRequest {
  const submittedAt = sh(story.submitted);
  return {
    status,
    submittedAt,
    decidedAt: null,
    decidedBy: null,
    assigneeId: story.assignee,
    ...slaDeadlines(cal, submittedAt, 0),
    pausedAt: story.pausedAt ? sh(story.pausedAt) : null,
    turnaroundWorkingDays: null,
  };
}

export const set = {
  // Tue 29 Sep 10:00 → Fri 9 Oct 16:00: Tue 14 + Wed 24 = 38; 1-7 Oct off;
  // Thu 8th 24 = 62; Fri 9th 16 = 78h = 3.25 days. Decided in W41.
  nationalDay: aDecision('approved', { submitted: '2026-09-29 10:00', decided: '2026-10-09 16:00', by: WANG_FANG }),
  // Fri 9 Oct 18:00 → Sat 10 Oct 12:00, the 调休 Saturday: 6 + 12 = 18h = 0.75. W41 (its Saturday).
  tiaoxiuSaturday: aDecision('rejected', { submitted: '2026-10-09 18:00', decided: '2026-10-10 12:00', by: LI_LEI }),
  // Mon 28 Sep 09:00 → Mon 12 Oct 17:00: Mon 15, Tue 39, Wed 63, Thu 8th 87,
  // Fri 111, Sat 10th 135, Mon 12th 17 = 152h gross. Awaiting the customer
  // Tue 29 Sep 15:00 → Thu 8 Oct 11:00: Tue 9 + Wed 24 + Thu 11 = 44h.
  // 152 - 44 = 108h = 4.5 days, exactly on a bucket's upper edge. W42.
  pausedForInfo: aDecision('approved', {
    submitted: '2026-09-28 09:00',
    decided: '2026-10-12 17:00',
    by: WANG_FANG,
    pause: ['2026-09-29 15:00', '2026-10-08 11:00'],
  }),
  // Thu 17 Sep 10:00 → Tue 29 Sep 06:00: Thu 14, Fri 38, Sat off, Sun 20th
  // (调休) 62, Mon 86, Tue 110, Wed 134, Thu 24th 158, 25-27 Mid-Autumn off,
  // Mon 28th 182, Tue 6 = 188h = 7.83 days: missed. W40.
  lateAcrossMidAutumn: aDecision('paused_instead', {
    submitted: '2026-09-17 10:00',
    decided: '2026-09-29 06:00',
    by: LI_LEI,
  }),
  // Rejected the minute it came in: 0 working days, in the first bucket. W42.
  decidedAtOnce: aDecision('rejected', { submitted: '2026-10-14 09:30', decided: '2026-10-14 09:30', by: LI_LEI }),
  // Withdrawn Thu 8 Oct while 王芳 held it: counted apart, in no other figure.
  withdrawn: aDecision('withdrawn', { submitted: '2026-09-30 10:00', decided: '2026-10-08 09:00', by: WANG_FANG }),
  // Tue 15 Sep → Wed 16 Sep, before the range (24 - 1h paused = 23h): in no figure of it.
  decidedBeforeRange: aDecision('approved', {
    submitted: '2026-09-15 10:00',
    decided: '2026-09-16 10:00',
    by: WANG_FANG,
    pause: ['2026-09-15 15:00', '2026-09-15 16:00'],
  }),
  // Mon 28 Sep 10:00, with 李雷: Mon 14, Tue 38, Wed 62, Thu 8th 10:00 = 72
  // (riskAt); Thu 86, Fri 110, Sat 10th 134, Mon 158, Tue 13 Oct 10:00 = 168
  // (dueAt, inside the range). Breached now: an open breach of W42.
  openBreachedInRange: anOpen('in_review', { submitted: '2026-09-28 10:00', assignee: LI_LEI }),
  // Tue 8 Sep 10:00, unclaimed: riskAt Fri 11 Sep 10:00 (14+24+24+10), dueAt
  // Thu 17 Sep 10:00 (Fri 86, Mon 110, Tue 134, Wed 158, Thu +10). Breached,
  // but its dueAt is before the range: in the backlog, not in the share.
  breachedBeforeRange: anOpen('submitted', { submitted: '2026-09-08 10:00', assignee: null }),
  // Mon 12 Oct 14:00, unclaimed: riskAt Thu 15 Oct 14:00 (10+24+24+14), dueAt
  // Wed 21 Oct 14:00 (Thu 82, Fri 106, Mon 130, Tue 154, Wed +14), after the
  // range and not passed: at risk now (140h).
  dueAfterRange: anOpen('submitted', { submitted: '2026-10-12 14:00', assignee: null }),
  // Thu 15 Oct 09:00, asked by 王芳 at 17:00 and still waiting: riskAt Tue
  // 20 Oct 09:00 (15+24+24+9) has passed by now, but the clock stopped at
  // 17:00 on the 15th (8h): on track.
  awaitingCustomer: anOpen('awaiting_customer', {
    submitted: '2026-10-15 09:00',
    assignee: WANG_FANG,
    pausedAt: '2026-10-15 17:00',
  }),
};

export const requests: StatsRequest[] = Object.values(set);

export const infoRequests: InfoRequestEvent[] = [
  { actorId: WANG_FANG, at: sh('2026-09-15 15:00') }, // decidedBeforeRange: before the range
  { actorId: WANG_FANG, at: sh('2026-09-29 15:00') }, // pausedForInfo: W40
  { actorId: WANG_FANG, at: sh('2026-10-15 17:00') }, // awaitingCustomer: W42
];
