import { describe, expect, it } from 'vitest';
import { backlogAt, backlogAtRange, backlogInstants, isOpenAt } from '../../src/domain/backlogAt.ts';
import { sh } from './calendar2026.ts';
import { LI_LEI, WANG_FANG, now, range, requests, set } from './turnaroundStatsSet.ts';

// The hand-built set of turnaroundStatsSet.ts; range Mon 28 Sep - Fri 16 Oct 2026, read Tue 20 Oct 10:00.
describe('the backlog at an instant', () => {
  it('at the range start (28 Sep 00:00): the Mid-Autumn one still undecided and the unclaimed one from 8 Sep', () => {
    // Submitted before and not decided before: lateAcrossMidAutumn (17 Sep → 29 Sep, 李雷) and
    // breachedBeforeRange (8 Sep, open, nobody's). pausedForInfo came at 09:00 that day: after.
    const start = sh('2026-09-28 00:00');
    expect(requests.filter((r) => isOpenAt(r, start))).toEqual([set.lateAcrossMidAutumn, set.breachedBeforeRange]);
    expect(backlogAt(requests, start)).toBe(2);
    expect(backlogAt(requests, start, LI_LEI)).toBe(1);
    expect(backlogAt(requests, start, WANG_FANG)).toBe(0);
  });

  it('at the range end (17 Oct 00:00): the four still open; every decision of the range is done', () => {
    const end = sh('2026-10-17 00:00');
    expect(backlogAt(requests, end)).toBe(4);
    // 李雷 holds openBreachedInRange, 王芳 awaitingCustomer; the other two are unclaimed.
    expect(backlogAt(requests, end, LI_LEI)).toBe(1);
    expect(backlogAt(requests, end, WANG_FANG)).toBe(1);
  });

  it('changes by what came in minus what was decided (withdrawn included) in the range: 8 − 6 = +2', () => {
    expect(backlogAtRange(requests, { range, now })).toEqual({ backlogAtStart: 2, backlogAtEnd: 4 });
  });

  it('a request decided the minute it came in is never in the backlog', () => {
    const at = set.decidedAtOnce.submittedAt;
    expect(isOpenAt(set.decidedAtOnce, at)).toBe(false);
    expect(isOpenAt(set.decidedAtOnce, new Date(at.getTime() + 1))).toBe(false);
  });

  it('a range reaching past now ends now: the backlog at its end is the open requests now', () => {
    const later = { from: '2026-10-05', to: '2026-10-25' };
    expect(backlogInstants({ range: later, now }).end).toEqual(now);
    // At 5 Oct 00:00: nationalDay, pausedForInfo and the withdrawn one were waiting, with the two open since Sep.
    expect(backlogAtRange(requests, { range: later, now })).toEqual({ backlogAtStart: 5, backlogAtEnd: 4 });
    expect(backlogAt(requests, now)).toBe(requests.filter((r) => r.decidedAt === null).length);
  });
});
