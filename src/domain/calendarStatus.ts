// Which calendar years the app needs now: due dates of requests submitted in
// December fall in the next year, so the next year must be there before it starts.

import { shanghaiYear } from './workingDays.ts';

/** The current and next Shanghai year when they have no calendar, ascending. */
export function missingCalendarYears(coveredYears: Iterable<number>, now: Date): number[] {
  const covered = new Set(coveredYears);
  const current = shanghaiYear(now);
  return [current, current + 1].filter((year) => !covered.has(year));
}
