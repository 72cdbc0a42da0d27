import { describe, it, expect } from 'vitest';
import { computeSla } from '../../src/domain/sla.ts';
import { turnaroundStats, type StatsRequest } from '../../src/domain/turnaroundStats.ts';
import { backlogAgeAt } from '../../src/domain/turnaroundStatsBacklog.ts';
import { openBreachedIn } from '../../src/domain/turnaroundStatsFigures.ts';
import { periodOf } from '../../src/domain/turnaroundStatsPeriod.ts';
import { calendar2026 as cal, sh } from './calendar2026.ts';
import { LI_LEI, WANG_FANG, infoRequests, now, range, requests, set } from './turnaroundStatsSet.ts';

const stats = turnaroundStats(requests, infoRequests, { range, now });

describe('the hand-built set, as sla.ts stores it', () => {
  it('has the turnarounds worked out by hand, in working hours', () => {
    const hours = (r: StatsRequest) => (r.turnaroundWorkingDays === null ? null : r.turnaroundWorkingDays * 24);
    expect(hours(set.nationalDay)).toBe(78);
    expect(hours(set.tiaoxiuSaturday)).toBe(18);
    expect(hours(set.pausedForInfo)).toBe(108);
    expect(hours(set.lateAcrossMidAutumn)).toBeCloseTo(188, 9);
    expect(set.lateAcrossMidAutumn.turnaroundWorkingDays).toBe(188 / 24);
    expect(hours(set.decidedAtOnce)).toBe(0);
    expect(hours(set.decidedBeforeRange)).toBe(23);
    expect(set.withdrawn.turnaroundWorkingDays).toBeNull();
  });

  it('has the deadlines worked out by hand', () => {
    expect(set.openBreachedInRange).toMatchObject({ riskAt: sh('2026-10-08 10:00'), dueAt: sh('2026-10-13 10:00') });
    expect(set.breachedBeforeRange).toMatchObject({ riskAt: sh('2026-09-11 10:00'), dueAt: sh('2026-09-17 10:00') });
    expect(set.dueAfterRange).toMatchObject({ riskAt: sh('2026-10-15 14:00'), dueAt: sh('2026-10-21 14:00') });
    expect(set.awaitingCustomer).toMatchObject({ riskAt: sh('2026-10-20 09:00'), dueAt: sh('2026-10-26 09:00') });
  });
});

describe('turnaround figures for 28 Sep - 16 Oct 2026, read Tue 20 Oct 10:00', () => {
  it('counts five decided and the withdrawn one apart', () => {
    // In range: lateAcrossMidAutumn (29 Sep), nationalDay (9 Oct), tiaoxiuSaturday
    // (10 Oct), pausedForInfo (12 Oct), decidedAtOnce (14 Oct); decidedBeforeRange is out.
    expect(stats.decided).toBe(5);
    expect(stats.withdrawn).toBe(1);
  });

  it('takes the median and p90 as percentile_cont over 0, 0.75, 3.25, 4.5, 7.83', () => {
    // Median: position 0.5 × 4 = 2, the third value, 3.25.
    expect(stats.medianWorkingDays).toBe(3.25);
    // p90: position 0.9 × 4 = 3.6: 4.5 + (7.8333 - 4.5) × 0.6 = 4.5 + 2 = 6.5.
    expect(stats.p90WorkingDays).toBe(6.5);
  });

  it('shares within SLA: 4 met of 5 decided plus 1 open breach', () => {
    // met: 0, 0.75, 3.25, 4.5 (≤ 7); missed: 7.83. Open breaches with dueAt in
    // the range: openBreachedInRange (13 Oct). breachedBeforeRange is due 17 Sep,
    // dueAfterRange 21 Oct, awaitingCustomer is on track. 4 / (5 + 1) = 0.6667.
    expect(stats.withinSla).toEqual({ met: 4, missed: 1, openBreached: 1, share: 0.6667 });
  });

  it('puts each turnaround in its half-day bucket, upper bounds inclusive', () => {
    expect(stats.histogram).toHaveLength(21);
    expect(stats.histogram[0]).toEqual({ from: 0, to: 0.5, count: 1 }); // decided at once: 0
    expect(stats.histogram[20]).toEqual({ from: 10, to: null, count: 0 });
    const filled = stats.histogram.filter((b) => b.count > 0);
    expect(filled).toEqual([
      { from: 0, to: 0.5, count: 1 }, // 0
      { from: 0.5, to: 1, count: 1 }, // 0.75
      { from: 3, to: 3.5, count: 1 }, // 3.25
      { from: 4, to: 4.5, count: 1 }, // 4.5, on the upper edge
      { from: 7.5, to: 8, count: 1 }, // 7.83
    ]);
  });

  it('gives each ISO week its decided, met, open breaches, share and median', () => {
    expect(stats.weekly).toEqual([
      // 28 Sep - 4 Oct: lateAcrossMidAutumn alone, missed.
      { week: '2026-W40', start: '2026-09-28', decided: 1, met: 0, openBreached: 0, share: 0, medianWorkingDays: 7.83 },
      // 5 - 11 Oct: nationalDay 3.25 and tiaoxiuSaturday 0.75 (the Saturday is still W41); median 2.
      { week: '2026-W41', start: '2026-10-05', decided: 2, met: 2, openBreached: 0, share: 1, medianWorkingDays: 2 },
      // 12 - 16 Oct (the range ends Friday): pausedForInfo 4.5, decidedAtOnce 0,
      // and openBreachedInRange due Tue 13th: 2 / 3; median (0 + 4.5) / 2.
      {
        week: '2026-W42',
        start: '2026-10-12',
        decided: 2,
        met: 2,
        openBreached: 1,
        share: 0.6667,
        medianWorkingDays: 2.25,
      },
    ]);
  });

  it('ages the open requests now by status', () => {
    expect(stats.backlog).toEqual([
      // breachedBeforeRange (due 17 Sep); dueAfterRange (risk 15 Oct ≤ now ≤ due 21 Oct).
      { status: 'submitted', age: { on_track: 0, at_risk: 1, breached: 1, unknown: 0 } },
      { status: 'in_review', age: { on_track: 0, at_risk: 0, breached: 1, unknown: 0 } },
      // Its clock stopped at 8h, before riskAt, although now is past riskAt.
      { status: 'awaiting_customer', age: { on_track: 1, at_risk: 0, breached: 0, unknown: 0 } },
    ]);
  });

  it('counts what each reviewer did per week, info requests by who asked', () => {
    const row = (
      week: string,
      start: string,
      reviewerId: number,
      counts: Partial<Record<'approved' | 'rejected' | 'pausedInstead' | 'infoRequested', number>>,
    ) => ({ week, start, reviewerId, approved: 0, rejected: 0, pausedInstead: 0, infoRequested: 0, ...counts });
    expect(stats.throughput).toEqual([
      row('2026-W40', '2026-09-28', WANG_FANG, { infoRequested: 1 }), // pausedForInfo asked Tue 29 Sep
      row('2026-W40', '2026-09-28', LI_LEI, { pausedInstead: 1 }),
      row('2026-W41', '2026-10-05', WANG_FANG, { approved: 1 }),
      row('2026-W41', '2026-10-05', LI_LEI, { rejected: 1 }),
      row('2026-W42', '2026-10-12', WANG_FANG, { approved: 1, infoRequested: 1 }),
      row('2026-W42', '2026-10-12', LI_LEI, { rejected: 1 }),
    ]);
  });
});

describe("one reviewer's figures", () => {
  it('李雷: what he decided, what he holds open', () => {
    const his = turnaroundStats(requests, infoRequests, { range, now, reviewerId: LI_LEI });
    // Decided: 0, 0.75, 7.83. p90: position 1.8: 0.75 + (7.8333 - 0.75) × 0.8 = 6.4167.
    expect(his).toMatchObject({ decided: 3, withdrawn: 0, medianWorkingDays: 0.75, p90WorkingDays: 6.42 });
    // met 0 and 0.75; open breach openBreachedInRange: 2 / (3 + 1).
    expect(his.withinSla).toEqual({ met: 2, missed: 1, openBreached: 1, share: 0.5 });
    expect(his.backlog.map((row) => row.age.breached)).toEqual([0, 1, 0]);
    expect(his.throughput.map((row) => row.reviewerId)).toEqual([LI_LEI, LI_LEI, LI_LEI]);
  });

  it('王芳: the withdrawn request she held is hers', () => {
    const hers = turnaroundStats(requests, infoRequests, { range, now, reviewerId: WANG_FANG });
    expect(hers).toMatchObject({ decided: 2, withdrawn: 1, medianWorkingDays: 3.88, p90WorkingDays: 4.38 });
  });
});

describe('edge rules', () => {
  it('a range with nothing decided has no median, no p90 and no share', () => {
    const empty = turnaroundStats(requests, infoRequests, { range: { from: '2026-10-03', to: '2026-10-04' }, now });
    expect(empty).toMatchObject({ decided: 0, medianWorkingDays: null, p90WorkingDays: null });
    expect(empty.withinSla).toEqual({ met: 0, missed: 0, openBreached: 0, share: null });
    expect(empty.weekly).toEqual([
      {
        week: '2026-W40',
        start: '2026-09-28',
        decided: 0,
        met: 0,
        openBreached: 0,
        share: null,
        medianWorkingDays: null,
      },
    ]);
  });

  it('a request due at 24:00 before National Day is breached from then on, as in the queue', () => {
    // Mon 21 Sep 00:00: 7 working days are Mon-Thu, Mon 28 - Wed 30 Sep; due at
    // Wed 30 24:00 = Thu 1 Oct 00:00, an instant of 1 Oct.
    const submittedAt = sh('2026-09-21 00:00');
    const holiday = sh('2026-10-03 12:00');
    const request: StatsRequest = {
      ...set.breachedBeforeRange,
      submittedAt,
      riskAt: sh('2026-09-24 00:00'),
      dueAt: sh('2026-10-01 00:00'),
    };
    expect(backlogAgeAt(request, holiday)).toBe('breached');
    expect(openBreachedIn([request], periodOf({ from: '2026-10-01', to: '2026-10-01' }), holiday)).toBe(1);
    // The working time reads exactly 7 until Thu 8 Oct starts, but the request's
    // own state follows the stored deadline, so its page and the queue agree.
    const sla = computeSla(cal, { submittedAt, decidedAt: null, pausedAt: null, slaPausedMs: 0 }, holiday);
    expect({ riskAt: sla.riskAt, dueAt: sla.dueAt }).toEqual({ riskAt: request.riskAt, dueAt: request.dueAt });
    expect(sla.workingDaysElapsed).toBe(7);
    expect(sla.slaState).toBe('breached');
    // At dueAt itself it is still at risk (exactly 7 working days).
    expect(
      computeSla(cal, { submittedAt, decidedAt: null, pausedAt: null, slaPausedMs: 0 }, request.dueAt!).slaState,
    ).toBe('at_risk');
  });

  it('an open request without deadlines (calendar gap) is aged unknown and is never an open breach', () => {
    const gap = { ...set.openBreachedInRange, riskAt: null, dueAt: null };
    expect(backlogAgeAt(gap, now)).toBe('unknown');
    expect(turnaroundStats([gap], [], { range, now }).backlog[1]!.age.unknown).toBe(1);
  });

  it('a decided request without a turnaround (calendar gap) is decided but in no percentile, bucket, met or missed', () => {
    const gap = { ...set.nationalDay, turnaroundWorkingDays: null };
    const figures = turnaroundStats([gap, set.tiaoxiuSaturday], [], { range, now });
    expect(figures).toMatchObject({ decided: 2, medianWorkingDays: 0.75, p90WorkingDays: 0.75 });
    expect(figures.withinSla).toEqual({ met: 1, missed: 0, openBreached: 0, share: 0.5 });
    expect(figures.histogram.reduce((n, b) => n + b.count, 0)).toBe(1);
  });

  it('exactly 7 working days is met and sits in (6.5, 7]; just over 10 is "> 10"', () => {
    const at = (days: number) => ({ ...set.nationalDay, turnaroundWorkingDays: days });
    const figures = turnaroundStats([at(7), at(10), at(10 + 1 / 86_400_000)], [], { range, now });
    expect(figures.withinSla).toMatchObject({ met: 1, missed: 2 });
    expect(figures.histogram[13]).toEqual({ from: 6.5, to: 7, count: 1 });
    expect(figures.histogram[19]).toEqual({ from: 9.5, to: 10, count: 1 });
    expect(figures.histogram[20]).toEqual({ from: 10, to: null, count: 1 });
  });
});
