// The periods the turnaround figures count in: a range of Asia/Shanghai days
// and ISO weeks (Monday 00:00 to Monday 00:00, Asia/Shanghai). Instants are
// placed by their Shanghai calendar day, so 23:59 on Sunday in Shanghai is in
// the week that ends then, whatever the server's time zone.

import { DAY_MS, addDays, shanghaiDay, startOfShanghaiDay } from './workingDays.ts';
import type { StatsRange } from './turnaroundStatsTypes.ts';

/** A range as instants: [00:00 on `from`, 00:00 the day after `to`), Asia/Shanghai. */
export interface Period {
  start: Date;
  end: Date;
}

/** The instants of a range of days, both inclusive. Throws RangeError when `from` is after `to`. */
export function periodOf(range: StatsRange): Period {
  const start = startOfShanghaiDay(range.from);
  const end = startOfShanghaiDay(addDays(range.to, 1));
  if (end <= start) throw new RangeError(`range starts after it ends: ${range.from} > ${range.to}`);
  return { start, end };
}

/** Whether an instant falls in the period (start inclusive, end exclusive); null never does. */
export function isIn(period: Period, instant: Date | null): instant is Date {
  return instant !== null && instant >= period.start && instant < period.end;
}

/** The overlap of two periods, or null when they do not meet. */
export function intersect(a: Period, b: Period): Period | null {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start < end ? { start, end } : null;
}

export interface IsoWeek {
  /** '2026-W41': the ISO week-numbering year (that of the week's Thursday) and week number. */
  week: string;
  /** The Monday, 'YYYY-MM-DD'. */
  start: string;
}

// 0 = Monday ... 6 = Sunday, for a valid 'YYYY-MM-DD'.
function mondayBasedWeekday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The ISO week holding a Shanghai day. 2027-01-01 (a Friday) is in 2026-W53. */
export function isoWeekOfDay(day: string): IsoWeek {
  startOfShanghaiDay(day); // refuses a malformed or impossible day
  const start = addDays(day, -mondayBasedWeekday(day));
  const thursday = addDays(start, 3);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / DAY_MS;
  const number = Math.floor(dayOfYear / 7) + 1;
  return { week: `${year}-W${String(number).padStart(2, '0')}`, start };
}

/** The ISO week an instant falls in, by its Shanghai calendar day. */
export function isoWeekOf(instant: Date): IsoWeek {
  return isoWeekOfDay(shanghaiDay(instant));
}

/** Every ISO week that overlaps the range, in order; the first and last may be cut by it. */
export function isoWeeksOf(range: StatsRange): IsoWeek[] {
  periodOf(range);
  const weeks: IsoWeek[] = [];
  for (let week = isoWeekOfDay(range.from); week.start <= range.to; week = isoWeekOfDay(addDays(week.start, 7))) {
    weeks.push(week);
  }
  return weeks;
}

/** A week's own period, [Monday 00:00, next Monday 00:00) in Asia/Shanghai. */
export function periodOfWeek(week: IsoWeek): Period {
  return { start: startOfShanghaiDay(week.start), end: startOfShanghaiDay(addDays(week.start, 7)) };
}

/**
 * Why a range cannot be read, as `{ field: message }` (the API's 400
 * `errors`), or null when it can: both days must exist, `from` not after
 * `to`, and at most `maxDays` days in all (the figures' cost grows with it).
 */
export function statsRangeErrors(range: StatsRange, maxDays: number): Record<string, string> | null {
  const errors: Record<string, string> = {};
  let start: Date | null = null;
  let end: Date | null = null;
  try {
    start = startOfShanghaiDay(range.from);
  } catch {
    errors.from = 'not a day (YYYY-MM-DD)';
  }
  try {
    end = startOfShanghaiDay(range.to);
  } catch {
    errors.to = 'not a day (YYYY-MM-DD)';
  }
  if (start && end) {
    const days = (end.getTime() - start.getTime()) / DAY_MS + 1;
    if (days < 1) errors.to = 'must not be before from';
    else if (days > maxDays) errors.to = `the range may be at most ${maxDays} days`;
  }
  return Object.keys(errors).length ? errors : null;
}
