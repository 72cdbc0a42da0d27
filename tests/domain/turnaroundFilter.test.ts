import { describe, expect, it } from 'vitest';
import { inTurnaroundFilter, turnaroundFilterOf } from '../../src/domain/turnaroundFilter.ts';
import { histogramOf } from '../../src/domain/turnaroundStatsFigures.ts';
import type { StatsRequest } from '../../src/domain/turnaroundStatsTypes.ts';

const decided = (turnaroundWorkingDays: number | null, status = 'approved') => ({ status, turnaroundWorkingDays });

describe('the turnaround filter', () => {
  it('is (from, to]: exactly 7 is in (6.5, 7] and not in (7, 7.5]', () => {
    expect(inTurnaroundFilter(decided(7), { turnaroundFrom: 6.5, turnaroundTo: 7 })).toBe(true);
    expect(inTurnaroundFilter(decided(7), { turnaroundFrom: 7, turnaroundTo: 7.5 })).toBe(false);
    expect(inTurnaroundFilter(decided(7.0001), { turnaroundFrom: 7 })).toBe(true);
  });

  it('a request decided the instant it came in (0) is in the first bar, [0, 0.5]', () => {
    expect(turnaroundFilterOf({ from: 0, to: 0.5 })).toEqual({ turnaroundTo: 0.5 });
    expect(inTurnaroundFilter(decided(0), turnaroundFilterOf({ from: 0, to: 0.5 }))).toBe(true);
  });

  it('the "> 10" bar has no upper end', () => {
    expect(turnaroundFilterOf({ from: 10, to: null })).toEqual({ turnaroundFrom: 10 });
    expect(inTurnaroundFilter(decided(42), { turnaroundFrom: 10 })).toBe(true);
  });

  it('withdrawn, open and calendar-gap requests have no turnaround and are never in it', () => {
    expect(inTurnaroundFilter(decided(2, 'withdrawn'), {})).toBe(false);
    expect(inTurnaroundFilter(decided(null, 'in_review'), {})).toBe(false);
    expect(inTurnaroundFilter(decided(null), { turnaroundTo: 100 })).toBe(false);
  });

  it('each bar of the histogram is exactly the requests its filter keeps, on and around every edge', () => {
    const days = [0, 1 / 1440, 0.25];
    for (let edge = 0.5; edge <= 12; edge += 0.5) days.push(edge - 1e-9, edge, edge + 1e-9);
    const requests = days.map((d) => ({ status: 'approved', turnaroundWorkingDays: d }) as StatsRequest);
    for (const bucket of histogramOf(requests)) {
      const kept = requests.filter((r) => inTurnaroundFilter(r, turnaroundFilterOf(bucket)));
      expect({ from: bucket.from, kept: kept.length }).toEqual({ from: bucket.from, kept: bucket.count });
    }
  });
});
