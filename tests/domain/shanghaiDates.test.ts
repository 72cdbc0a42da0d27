import { describe, it, expect } from 'vitest';
import {
  calendarFromRows,
  isWorkingDay,
  shanghaiDay,
  uncoveredYearsBetween,
  addDays,
  addYears,
} from '../../src/domain/workingDays.ts';
import { sh } from './calendar2026.ts';

// Calendar rows, uncovered years and Shanghai date arithmetic.

describe('uncovered years', () => {
  it('lists every uncovered year an interval touches, in order', () => {
    const only2026 = calendarFromRows([2026], []);
    expect(uncoveredYearsBetween(only2026, sh('2025-12-31 10:00'), sh('2027-01-02 10:00'))).toEqual([2025, 2027]);
    expect(uncoveredYearsBetween(only2026, sh('2026-03-01 10:00'), sh('2027-01-01 00:00'))).toEqual([]);
  });
});

describe('building a calendar from stored rows', () => {
  it('keeps holidays, make-up days and covered years apart', () => {
    const c = calendarFromRows(
      [2026],
      [
        { day: '2026-10-01', kind: 'holiday' },
        { day: '2026-10-10', kind: 'workday' },
      ],
    );
    expect([...c.coveredYears]).toEqual([2026]);
    expect(isWorkingDay(c, '2026-10-01')).toBe(false);
    expect(isWorkingDay(c, '2026-10-10')).toBe(true);
    expect(isWorkingDay(c, '2026-10-02')).toBe(true);
  });

  it('a day listed twice keeps its last kind', () => {
    const c = calendarFromRows(
      [2026],
      [
        { day: '2026-10-10', kind: 'workday' },
        { day: '2026-10-10', kind: 'holiday' },
      ],
    );
    expect(c.holidays.has('2026-10-10')).toBe(true);
    expect(c.workdays.has('2026-10-10')).toBe(false);
  });

  it('refuses a day that is not a YYYY-MM-DD string (a SQL date read as a JS Date would shift)', () => {
    expect(() => calendarFromRows([2026], [{ day: '2026/10/01', kind: 'holiday' }])).toThrow(RangeError);
    const asDate = new Date('2026-10-01T00:00:00Z') as unknown as string;
    expect(() => calendarFromRows([2026], [{ day: asDate, kind: 'holiday' }])).toThrow(TypeError);
  });
});

describe('Shanghai dates from epoch milliseconds, and date arithmetic', () => {
  it('an instant given as a number or a Date is the same Shanghai day', () => {
    const t = Date.parse('2026-11-24T16:30:00Z'); // 00:30 on the 25th in Shanghai
    expect(shanghaiDay(t)).toBe('2026-11-25');
    expect(shanghaiDay(new Date(t))).toBe('2026-11-25');
    expect(() => shanghaiDay(Number.NaN)).toThrow(RangeError);
  });
  it('addDays crosses months, years and leap days, both ways', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
  it("addYears keeps the date, or takes the month's last day when the year has no such date", () => {
    expect(addYears('2024-03-15', 2)).toBe('2026-03-15');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2026-02-28', 2)).toBe('2028-02-28');
    expect(addYears('2028-02-29', -2)).toBe('2026-02-28');
    expect(() => addYears('2026-02-30', 1)).toThrow(RangeError);
  });
});
