// What an admin may write into the working-day calendar. A day is an
// exception to Monday-Friday: a holiday (any day) or a 调休 working day (only
// a Saturday or Sunday: a weekday already is one). A year is added whole,
// because a year without a calendar is flagged rather than guessed
// (workingDays.ts), and a half-entered one would be guessed.

import type { CalendarDayKind } from './vocabulary.ts';
import { startOfShanghaiDay } from './workingDays.ts';

export const CALENDAR_FIRST_YEAR = 2000;
export const CALENDAR_LAST_YEAR = 2100;

/** 0 = Sunday ... 6 = Saturday, for a valid 'YYYY-MM-DD'. */
function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** Why a day cannot be set to `kind` ('normal' removes its exception), or null. */
export function calendarDayError(day: string, kind: CalendarDayKind | 'normal'): string | null {
  try {
    startOfShanghaiDay(day);
  } catch {
    return 'not a day (YYYY-MM-DD)';
  }
  if (kind === 'workday' && weekday(day) !== 0 && weekday(day) !== 6) {
    return 'a working day on a weekday is no exception; only a Saturday or Sunday can be a 调休 working day';
  }
  return null;
}

export function calendarYearError(year: number): string | null {
  return Number.isInteger(year) && year >= CALENDAR_FIRST_YEAR && year <= CALENDAR_LAST_YEAR
    ? null
    : `a year from ${CALENDAR_FIRST_YEAR} to ${CALENDAR_LAST_YEAR}`;
}

/** Errors of a year entered by hand, as `{ 'days.3': message }`; every day in that year, each once. */
export function calendarYearDaysErrors(
  year: number,
  days: readonly { date: string; kind: CalendarDayKind }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  days.forEach((d, i) => {
    const error =
      calendarDayError(d.date, d.kind) ??
      (d.date.slice(0, 4) !== String(year) ? `not in ${year}` : seen.has(d.date) ? 'listed twice' : null);
    if (error) errors[`days.${i}`] = error;
    seen.add(d.date);
  });
  return errors;
}
