// How long document files are kept. Real-name records of a telecom account
// (the MIIT rule) are kept for two years after its service ends; the product
// applies it to every supporting document of the account, since they were all
// filed to identify the holder. Dates are Shanghai dates (workingDays.ts).

import { addDays, addYears, shanghaiDay, startOfShanghaiDay } from './workingDays.ts';

const RETENTION_YEARS = 2;

/**
 * When the files of an account whose service ended at `serviceEndedAt` may be
 * deleted. A period counted in years ends with the corresponding date (the
 * month's last day when there is none), and the whole of that day still
 * belongs to it. So: 00:00 Shanghai of the day after the second anniversary
 * of the service's last day.
 */
export function retentionEndsAt(serviceEndedAt: Date): Date {
  return startOfShanghaiDay(addDays(addYears(shanghaiDay(serviceEndedAt), RETENTION_YEARS), 1));
}

export function retentionDue(serviceEndedAt: Date | null, now: Date): boolean {
  return serviceEndedAt !== null && now.getTime() >= retentionEndsAt(serviceEndedAt).getTime();
}

/**
 * The same rule as a bound for a query: the files of every account whose
 * service ended strictly before this instant may be deleted at `now`, and no
 * others (`serviceEndedAt < retentionCutoff(now)` ⇔ `retentionDue(serviceEndedAt, now)`).
 */
export function retentionCutoff(now: Date): Date {
  // Due ⇔ the end date's anniversary is before today ⇔ it is yesterday or earlier.
  // 'YYYY-MM-DD' strings compare in date order.
  const yesterday = addDays(shanghaiDay(now), -1);
  let last = addYears(yesterday, -RETENTION_YEARS);
  // 29 February's anniversary is 28 February: it may be due along with the 28th.
  while (addYears(addDays(last, 1), RETENTION_YEARS) <= yesterday) last = addDays(last, 1);
  return startOfShanghaiDay(addDays(last, 1));
}
