import { describe, it, expect } from 'vitest';
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import {
  CalendarGapError,
  DAY_MS,
  addWorkingMs,
  calendarFromRows,
  isWorkingDay,
  shanghaiDay,
  shanghaiYear,
  startOfShanghaiDay,
  workingMsBetween,
} from '../../src/domain/workingDays.ts';
import { HOUR_MS, calendar2026 as cal, sh } from './calendar2026.ts';

// 2026 facts used below (Shanghai): Jan 1 is a Thursday. Spring Festival holiday
// Sun Feb 15 - Mon Feb 23, make-up working Saturdays Feb 14 and Feb 28.
// Mid-Autumn Fri Sep 25 - Sun Sep 27; National Day Thu Oct 1 - Wed Oct 7 with
// make-up working days Sun Sep 20 and Sat Oct 10. March 2026 has no holiday.

describe('Shanghai calendar dates', () => {
  it('an instant at 00:30 Shanghai (16:30 UTC the day before) is on the Shanghai date', () => {
    expect(shanghaiDay(new Date('2026-02-12T16:30:00Z'))).toBe('2026-02-13');
    expect(shanghaiDay(new Date('2026-02-12T15:59:59.999Z'))).toBe('2026-02-12');
  });

  it('00:00 Shanghai on a date is 16:00 UTC on the day before', () => {
    expect(startOfShanghaiDay('2026-02-12').toISOString()).toBe('2026-02-11T16:00:00.000Z');
    expect(startOfShanghaiDay('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });

  it('the Shanghai year of 31 Dec 2026 17:00 UTC is already 2027', () => {
    expect(shanghaiYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
    expect(shanghaiYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  });

  it('a malformed or impossible day is refused rather than rolled over', () => {
    expect(() => startOfShanghaiDay('2026-02-30')).toThrow(RangeError);
    expect(() => startOfShanghaiDay('2026-2-3')).toThrow(RangeError);
    expect(() => isWorkingDay(cal, '20260212')).toThrow(RangeError);
  });
});

// An independent statement of the rule, straight from the published data:
// a make-up day works; otherwise Monday-Friday unless a holiday. (Not the
// package's own isWorkday: it reads 'YYYY-MM-DD' as UTC midnight and then uses
// local getters, so west of UTC it answers for the day before.)
function officialIsWorkday(day: string): boolean {
  if (day in data.workdays) return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5 && !(day in data.holidays);
}

function gapYearOf(run: () => unknown): number | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof CalendarGapError) return e.year;
    throw e;
  }
  return undefined;
}

describe('which days are working days', () => {
  it('the 调休 Saturday 14 Feb 2026 is a working day', () => {
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true);
  });

  it('Monday 23 Feb 2026, the last Spring Festival day, is not a working day', () => {
    expect(isWorkingDay(cal, '2026-02-23')).toBe(false);
    expect(isWorkingDay(cal, '2026-02-24')).toBe(true);
  });

  it('the 调休 Sunday 20 Sep 2026 before National Day is a working day', () => {
    expect(isWorkingDay(cal, '2026-09-20')).toBe(true);
  });

  it('an ordinary weekend is off and an ordinary Wednesday is on', () => {
    expect(isWorkingDay(cal, '2026-03-07')).toBe(false);
    expect(isWorkingDay(cal, '2026-03-08')).toBe(false);
    expect(isWorkingDay(cal, '2026-03-04')).toBe(true);
  });

  it('agrees with the published 2025 and 2026 arrangements on every day', () => {
    const disagreements: string[] = [];
    for (
      let t = startOfShanghaiDay('2025-01-01').getTime();
      t < startOfShanghaiDay('2027-01-01').getTime();
      t += DAY_MS
    ) {
      const day = shanghaiDay(new Date(t));
      if (isWorkingDay(cal, day) !== officialIsWorkday(day)) disagreements.push(day);
    }
    expect(disagreements).toEqual([]);
  });

  it('a day in 2027, which the calendar does not cover, is never guessed', () => {
    expect(gapYearOf(() => isWorkingDay(cal, '2027-01-04'))).toBe(2027);
  });

  it('the gap names the year it hit, before as well as after the calendar', () => {
    const only2026 = calendarFromRows([2026], []);
    expect(gapYearOf(() => isWorkingDay(only2026, '2025-12-31'))).toBe(2025);
    expect(gapYearOf(() => workingMsBetween(only2026, sh('2026-12-31 10:00'), sh('2027-01-01 10:00')))).toBe(2027);
  });
});

describe('working time between two instants', () => {
  it('Thu 12 Feb 2026 10:00 to Tue 24 Feb 10:00 is 72h: Thu 14h + Fri 24h + Sat 14th 24h + Tue 10h', () => {
    expect(workingMsBetween(cal, sh('2026-02-12 10:00'), sh('2026-02-24 10:00'))).toBe(72 * HOUR_MS);
  });

  it('the whole Spring Festival holiday holds no working time', () => {
    expect(workingMsBetween(cal, sh('2026-02-15 00:00'), sh('2026-02-24 00:00'))).toBe(0);
  });

  it('from Saturday noon to Monday 09:00 only the Monday morning counts', () => {
    expect(workingMsBetween(cal, sh('2026-03-07 12:00'), sh('2026-03-09 09:00'))).toBe(9 * HOUR_MS);
  });

  it('an empty or reversed interval is 0', () => {
    expect(workingMsBetween(cal, sh('2026-03-04 10:00'), sh('2026-03-04 10:00'))).toBe(0);
    expect(workingMsBetween(cal, sh('2026-03-05 10:00'), sh('2026-03-04 10:00'))).toBe(0);
  });

  it('2026 has 248 working days: 261 weekdays - 19 weekday holidays + 6 make-up weekend days', () => {
    const year = workingMsBetween(cal, startOfShanghaiDay('2026-01-01'), startOfShanghaiDay('2027-01-01'));
    expect(year).toBe(248 * DAY_MS);
  });

  it('an interval ending at 00:00 on 1 Jan 2027 does not need the 2027 calendar', () => {
    expect(() => workingMsBetween(cal, sh('2026-12-31 10:00'), sh('2027-01-01 00:00'))).not.toThrow();
    expect(workingMsBetween(cal, sh('2026-12-31 10:00'), sh('2027-01-01 00:00'))).toBe(14 * HOUR_MS);
  });

  it('an interval reaching into 2027 throws CalendarGapError for 2027', () => {
    expect(() => workingMsBetween(cal, sh('2026-12-31 10:00'), sh('2027-01-01 00:01'))).toThrow(CalendarGapError);
  });
});

describe('adding working time', () => {
  it('72h from Thu 12 Feb 2026 10:00 is Tue 24 Feb 10:00, across Spring Festival', () => {
    expect(addWorkingMs(cal, sh('2026-02-12 10:00'), 72 * HOUR_MS)).toEqual(sh('2026-02-24 10:00'));
  });

  it('168h from Thu 12 Feb 2026 10:00 is the 调休 Saturday 28 Feb 10:00', () => {
    // After Tue 24 10:00 (72h): Tue 14h = 86, Wed 110, Thu 134, Fri 158, Sat 28th 10h = 168.
    expect(addWorkingMs(cal, sh('2026-02-12 10:00'), 168 * HOUR_MS)).toEqual(sh('2026-02-28 10:00'));
  });

  it('from a Sunday afternoon counting starts at Monday 00:00', () => {
    expect(addWorkingMs(cal, sh('2026-03-08 15:00'), 1 * HOUR_MS)).toEqual(sh('2026-03-09 01:00'));
  });

  it('adding nothing returns the start itself, even on a Sunday', () => {
    expect(addWorkingMs(cal, sh('2026-03-08 15:00'), 0)).toEqual(sh('2026-03-08 15:00'));
  });

  it('used up exactly at the end of Friday, the answer is Saturday 00:00 (the first such instant)', () => {
    expect(addWorkingMs(cal, sh('2026-03-06 10:00'), 14 * HOUR_MS)).toEqual(sh('2026-03-07 00:00'));
  });

  it('negative or non-finite working time is refused', () => {
    expect(() => addWorkingMs(cal, sh('2026-03-06 10:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingMs(cal, sh('2026-03-06 10:00'), Number.NaN)).toThrow(RangeError);
  });

  it('running past 31 Dec 2026 throws CalendarGapError for 2027 instead of guessing', () => {
    // Wed 30 Dec 10:00: Wed 14h + Thu 31st 24h = 38h, the rest would be in 2027.
    expect(() => addWorkingMs(cal, sh('2026-12-30 10:00'), 72 * HOUR_MS)).toThrow(CalendarGapError);
    expect(addWorkingMs(cal, sh('2026-12-30 10:00'), 38 * HOUR_MS)).toEqual(sh('2027-01-01 00:00'));
  });

  it('is the inverse of workingMsBetween, and the earliest such instant, for many starts and amounts', () => {
    const starts = [
      '2026-02-12 10:00',
      '2026-02-14 23:30',
      '2026-02-15 08:00',
      '2026-09-18 17:45',
      '2026-10-03 12:00',
      '2025-12-31 22:00',
    ];
    const amounts = [1, 30 * 60_000, 5 * HOUR_MS, DAY_MS, 3 * DAY_MS, 7 * DAY_MS + 123_456, 40 * DAY_MS];
    for (const s of starts) {
      for (const ms of amounts) {
        const from = sh(s);
        const t = addWorkingMs(cal, from, ms);
        expect(workingMsBetween(cal, from, t)).toBe(ms);
        expect(workingMsBetween(cal, from, new Date(t.getTime() - 1))).toBe(ms - 1);
      }
    }
  });
});
