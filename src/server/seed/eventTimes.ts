import type { Rng } from './random.ts';
import { addDays, DAY_MS, shanghaiDay, shanghaiHour, startOfShanghaiDay } from '../../domain/workingDays.ts';

// Placing the demo events of a request in time: staff act in office hours on
// working days, customers at any waking hour, and nothing happens after `limit`
// (now): an event that would is squeezed in between the previous one and `limit`.

export type IsWorking = (day: string) => boolean;

const OFFICE_START_H = 9;
const OFFICE_END_H = 18;

/** Staff time on the k-th working day from `after`'s day (k = 0: the same day if it still can). */
export function officeTime(isWorking: IsWorking, rng: Rng, after: number, k: number): number {
  let day = shanghaiDay(after);
  let remaining = k;
  for (let guard = 0; guard < 400; guard++) {
    if (isWorking(day)) {
      const midnight = startOfShanghaiDay(day).getTime();
      const open = midnight + OFFICE_START_H * 3_600_000;
      const close = midnight + OFFICE_END_H * 3_600_000;
      const from = Math.max(open, after + 5 * 60_000);
      if (remaining <= 0 && from < close) {
        // Earlier in the day is likelier: reviewers start with yesterday's work.
        return from + Math.floor(rng.float() ** 1.5 * (close - from));
      }
      if (remaining > 0) remaining--;
    }
    day = addDays(day, 1);
  }
  return after + DAY_MS;
}

/** Customer time: `minHours` to `maxHours` later, moved out of the night (00-08). */
export function customerTime(rng: Rng, after: number, minHours: number, maxHours: number): number {
  let t = after + Math.floor((minHours + rng.float() * (maxHours - minHours)) * 3_600_000);
  const hour = shanghaiHour(t);
  if (hour < 8) t += (8 - hour) * 3_600_000 + rng.int(0, 90) * 60_000;
  return t;
}

/** Keeps event order and the `limit`: a late event lands between `previous` and `limit`. */
export function notAfter(rng: Rng, t: number, previous: number, limit: number): number {
  if (t <= limit) return t;
  const span = Math.max(0, limit - previous);
  return previous + Math.floor(span * (0.2 + 0.7 * rng.float()));
}

/** A few seconds after `t`: the files uploaded with a form, the e-mail sent after a change. */
export function secondsAfter(rng: Rng, t: number, min: number, max: number): number {
  return t + rng.int(min * 1000, max * 1000);
}
