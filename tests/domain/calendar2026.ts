// The official PRC calendars for 2025 and 2026, from the chinese-days package
// (the same data the server seeds), as a WorkingCalendar for the tests.

import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { calendarFromRows, type WorkingCalendar } from '../../src/domain/workingDays.ts';

export const CALENDAR_YEARS = [2025, 2026];

function daysOf(map: Record<string, string>, kind: 'holiday' | 'workday') {
  return Object.keys(map)
    .filter((day) => CALENDAR_YEARS.includes(Number(day.slice(0, 4))))
    .map((day) => ({ day, kind }));
}

export const calendar2026: WorkingCalendar = calendarFromRows(CALENDAR_YEARS, [
  ...daysOf(data.holidays, 'holiday'),
  ...daysOf(data.workdays, 'workday'),
]);

/** The instant at a Shanghai wall-clock time, e.g. sh('2026-02-12 10:00'). */
export function sh(wallClock: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wallClock);
  if (!m) throw new Error(`bad wall clock: ${wallClock}`);
  // Written with an explicit +08:00 so the process time zone plays no part.
  return new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}+08:00`);
}

export const HOUR_MS = 3_600_000;

// Thu 12 Feb 2026 10:00, just before Spring Festival (Sun 15 - Mon 23 Feb off,
// Sat 14 and Sat 28 Feb worked).
export const beforeSpringFestival = sh('2026-02-12 10:00');
