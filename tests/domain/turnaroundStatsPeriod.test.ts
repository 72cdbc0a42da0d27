import { describe, it, expect } from 'vitest';
import { isIn, isoWeekOf, isoWeekOfDay, isoWeeksOf, periodOf } from '../../src/domain/turnaroundStatsPeriod.ts';
import { sh } from './calendar2026.ts';

describe('a range of Shanghai days, both inclusive', () => {
  const period = periodOf({ from: '2026-09-28', to: '2026-10-16' });

  it('runs from 00:00 on the first day to 24:00 on the last, Asia/Shanghai', () => {
    expect(period).toEqual({ start: sh('2026-09-28 00:00'), end: sh('2026-10-17 00:00') });
    expect(period.start.toISOString()).toBe('2026-09-27T16:00:00.000Z');
  });

  it('holds a decision at 23:59:59.999 on its last day, not one at 00:00 the day after', () => {
    expect(isIn(period, new Date(sh('2026-10-17 00:00').getTime() - 1))).toBe(true);
    expect(isIn(period, sh('2026-10-17 00:00'))).toBe(false);
    expect(isIn(period, sh('2026-09-28 00:00'))).toBe(true);
    expect(isIn(period, null)).toBe(false);
  });

  it('of one day is that day; one ending before it starts is refused', () => {
    expect(periodOf({ from: '2026-10-01', to: '2026-10-01' })).toEqual({
      start: sh('2026-10-01 00:00'),
      end: sh('2026-10-02 00:00'),
    });
    expect(() => periodOf({ from: '2026-10-02', to: '2026-10-01' })).toThrow(RangeError);
    expect(() => periodOf({ from: '2026-02-30', to: '2026-03-01' })).toThrow(RangeError);
  });
});

describe('ISO weeks, Monday 00:00 Asia/Shanghai', () => {
  it('puts the 调休 Saturday 10 Oct 2026 in the week of Monday 5 Oct', () => {
    expect(isoWeekOfDay('2026-10-10')).toEqual({ week: '2026-W41', start: '2026-10-05' });
  });

  it('numbers the weeks across the year end as ISO does', () => {
    expect(isoWeekOfDay('2026-01-01')).toEqual({ week: '2026-W01', start: '2025-12-29' });
    expect(isoWeekOfDay('2025-12-29')).toEqual({ week: '2026-W01', start: '2025-12-29' });
    expect(isoWeekOfDay('2026-12-31')).toEqual({ week: '2026-W53', start: '2026-12-28' });
    expect(isoWeekOfDay('2027-01-01')).toEqual({ week: '2026-W53', start: '2026-12-28' });
    expect(isoWeekOfDay('2027-01-04')).toEqual({ week: '2027-W01', start: '2027-01-04' });
  });

  it('places an instant by its Shanghai day: Sunday 23:59 and Monday 00:00 are in different weeks', () => {
    expect(isoWeekOf(sh('2026-10-11 23:59')).week).toBe('2026-W41');
    expect(isoWeekOf(sh('2026-10-12 00:00')).week).toBe('2026-W42');
    // Monday 00:30 in Shanghai is still Sunday in UTC.
    expect(isoWeekOf(new Date('2026-10-11T16:30:00Z')).week).toBe('2026-W42');
  });

  it('lists every week a range touches, including weeks it only cuts', () => {
    expect(isoWeeksOf({ from: '2026-09-30', to: '2026-10-12' }).map((w) => w.week)).toEqual([
      '2026-W40',
      '2026-W41',
      '2026-W42',
    ]);
    expect(isoWeeksOf({ from: '2026-10-10', to: '2026-10-11' }).map((w) => w.start)).toEqual(['2026-10-05']);
  });
});
