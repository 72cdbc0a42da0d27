// Working-day arithmetic in Asia/Shanghai: Monday-Friday, minus PRC public
// holidays, plus the weekend days declared working days (调休).
//
// Asia/Shanghai has been a fixed UTC+8 with no daylight saving since 1991, so a
// constant offset is exact for every date this product sees. Using it (and only
// UTC getters) keeps every answer independent of the process time zone, which
// differs between a developer's laptop, the server and a browser abroad.

import type { CalendarDayKind } from './vocabulary.ts';

export const DAY_MS = 86_400_000;
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export interface WorkingCalendar {
  /** Years whose holidays are known; any other year is a gap, never guessed. */
  coveredYears: ReadonlySet<number>;
  /** 'YYYY-MM-DD' Shanghai dates that are public holidays. */
  holidays: ReadonlySet<string>;
  /** 'YYYY-MM-DD' Shanghai weekend dates declared working days (调休). */
  workdays: ReadonlySet<string>;
}

/** A year with no calendar: the caller must flag it rather than assume Monday-Friday. */
export class CalendarGapError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(`no working-day calendar for ${year}`);
    this.name = 'CalendarGapError';
    this.year = year;
  }
}

/** A value that needs a year the calendar lacks is null (the caller flags it), never guessed. */
export function unlessCalendarGap<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (e) {
    if (e instanceof CalendarGapError) return null;
    throw e;
  }
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Days are numbered as whole Shanghai days since 1970-01-01 (Shanghai), so
// walking a range is integer arithmetic and each day is built into a string once.

/** The number of the Shanghai day an instant (epoch ms) falls on. */
export function shanghaiDayNumber(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The instant (epoch ms) of 00:00 in Shanghai starting day number `index`. */
export function startOfShanghaiDayNumber(index: number): number {
  return index * DAY_MS - SHANGHAI_OFFSET_MS;
}

/** The hour (0-23) a Shanghai clock shows at an instant (epoch ms). */
export function shanghaiHour(ms: number): number {
  return new Date(ms + SHANGHAI_OFFSET_MS).getUTCHours();
}

function dayStringOf(index: number): string {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

function assertValidInstant(d: Date | number, name: string): number {
  const ms = typeof d === 'number' ? d : d.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`${name} is not a valid date`);
  return ms;
}

/** The calendar date in Asia/Shanghai of an instant (a Date or epoch ms), as 'YYYY-MM-DD'. */
export function shanghaiDay(instant: Date | number): string {
  return dayStringOf(shanghaiDayNumber(assertValidInstant(instant, 'instant')));
}

/** The Shanghai calendar year of an instant (a Date or epoch ms). */
export function shanghaiYear(instant: Date | number): number {
  return new Date(assertValidInstant(instant, 'instant') + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

function parseDay(day: string): { year: number; index: number } {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new RangeError(`not a 'YYYY-MM-DD' day: ${JSON.stringify(day)}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const date = Number(m[3]);
  const utc = Date.UTC(year, month - 1, date);
  // Date.UTC rolls 2026-02-30 over to March: refuse it instead of shifting silently.
  if (new Date(utc).toISOString().slice(0, 10) !== day) throw new RangeError(`no such day: ${day}`);
  return { year, index: utc / DAY_MS };
}

/** The instant 00:00 in Shanghai on that date. */
export function startOfShanghaiDay(day: string): Date {
  return new Date(startOfShanghaiDayNumber(parseDay(day).index));
}

/** The date `n` days after (or before) a 'YYYY-MM-DD' date. */
export function addDays(day: string, n: number): string {
  return dayStringOf(parseDay(day).index + n);
}

// The calendar's days as day indexes, built once per calendar object, so the
// per-day check in a long interval is integer work with no string building.
// A calendar is treated as immutable: the server builds a new one on reload.
interface DayIndex {
  covered: { first: number; last: number }[];
  holidays: Set<number>;
  workdays: Set<number>;
}
const indexes = new WeakMap<WorkingCalendar, DayIndex>();

function indexOf(cal: WorkingCalendar): DayIndex {
  let index = indexes.get(cal);
  if (!index) {
    index = {
      covered: [...cal.coveredYears].map((y) => ({
        first: Date.UTC(y, 0, 1) / DAY_MS,
        last: Date.UTC(y, 11, 31) / DAY_MS,
      })),
      holidays: new Set([...cal.holidays].map((d) => parseDay(d).index)),
      workdays: new Set([...cal.workdays].map((d) => parseDay(d).index)),
    };
    indexes.set(cal, index);
  }
  return index;
}

function isWorkingDayIndex(cal: WorkingCalendar, day: number): boolean {
  const index = indexOf(cal);
  if (!index.covered.some((y) => day >= y.first && day <= y.last)) {
    throw new CalendarGapError(new Date(day * DAY_MS).getUTCFullYear());
  }
  if (index.holidays.has(day)) return false;
  if (index.workdays.has(day)) return true;
  // Day 0 (1970-01-01) was a Thursday; 0 = Sunday as in getUTCDay().
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

/** Whether a Shanghai date is a working day. Throws CalendarGapError for an uncovered year. */
export function isWorkingDay(cal: WorkingCalendar, day: string): boolean {
  return isWorkingDayIndex(cal, parseDay(day).index);
}

/**
 * The part of [from, to) that falls on working days, in ms. 0 if to <= from.
 * Throws CalendarGapError only for a year the interval actually touches.
 */
export function workingMsBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  const a = assertValidInstant(from, 'from');
  const b = assertValidInstant(to, 'to');
  if (b <= a) return 0;
  let total = 0;
  const last = shanghaiDayNumber(b - 1);
  for (let i = shanghaiDayNumber(a); i <= last; i++) {
    if (!isWorkingDayIndex(cal, i)) continue;
    const start = startOfShanghaiDayNumber(i);
    total += Math.min(b, start + DAY_MS) - Math.max(a, start);
  }
  return total;
}

/**
 * The first instant t >= from with workingMsBetween(from, t) === ms. Time on
 * non-working days does not count, so from a Sunday counting starts at the next
 * working day's 00:00; a result that lands on the end of a working day is that
 * day's 24:00 (the next day's 00:00), whatever the next day is.
 */
export function addWorkingMs(cal: WorkingCalendar, from: Date, ms: number): Date {
  const a = assertValidInstant(from, 'from');
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`working ms must be a finite number >= 0, got ${ms}`);
  if (ms === 0) return new Date(a);
  let remaining = ms;
  // Terminates: each step moves one day on, and the calendar covers finitely
  // many years, so at worst an uncovered year throws CalendarGapError.
  for (let i = shanghaiDayNumber(a); ; i++) {
    if (!isWorkingDayIndex(cal, i)) continue;
    const start = Math.max(a, startOfShanghaiDayNumber(i));
    const available = startOfShanghaiDayNumber(i) + DAY_MS - start;
    if (remaining <= available) return new Date(start + remaining);
    remaining -= available;
  }
}

/** Years of the Shanghai days that [from, to) touches and the calendar does not cover, ascending. */
export function uncoveredYearsBetween(cal: WorkingCalendar, from: Date, to: Date): number[] {
  const a = assertValidInstant(from, 'from');
  const b = assertValidInstant(to, 'to');
  if (b <= a) return [];
  const missing: number[] = [];
  for (let y = shanghaiYear(new Date(a)); y <= shanghaiYear(new Date(b - 1)); y++) {
    if (!cal.coveredYears.has(y)) missing.push(y);
  }
  return missing;
}

/**
 * Builds a calendar from the stored rows (calendar_years, calendar_days). Days
 * must be 'YYYY-MM-DD' strings: a SQL `date` read as a JS Date sits at local
 * midnight, which would shift the day in any zone east or west of the server's.
 * A day listed twice keeps its last kind.
 */
export function calendarFromRows(
  years: number[],
  days: readonly { day: string; kind: CalendarDayKind }[],
): WorkingCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const { day, kind } of days) {
    if (typeof day !== 'string') throw new TypeError(`calendar day must be a 'YYYY-MM-DD' string, got ${String(day)}`);
    parseDay(day);
    if (kind === 'holiday') {
      workdays.delete(day);
      holidays.add(day);
    } else {
      holidays.delete(day);
      workdays.add(day);
    }
  }
  return { coveredYears: new Set(years), holidays, workdays };
}

/** The date `n` years after (or before) a 'YYYY-MM-DD' date; the month's last day when it has no such date (29 February). */
export function addYears(day: string, n: number): string {
  const { year } = parseDay(day);
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const lastOfMonth = new Date(Date.UTC(year + n, month, 0)).getUTCDate();
  return dayStringOf(Date.UTC(year + n, month - 1, Math.min(date, lastOfMonth)) / DAY_MS);
}
