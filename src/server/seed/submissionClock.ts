import {
  DAY_MS,
  isWorkingDay,
  shanghaiDay,
  shanghaiDayNumber,
  shanghaiHour,
  startOfShanghaiDayNumber,
  type WorkingCalendar,
} from '../../domain/workingDays.ts';

// When demo requests were submitted: the last `days` days, more recent days more
// numerous (the backlog is growing), working days and working hours busier.
// Times come from a quantile function, so request i of n always lands at the
// same place and in order: numbers handed out in index order are chronological.

const HOUR_WEIGHTS = [
  0.12,
  0.06,
  0.04,
  0.03,
  0.03,
  0.05,
  0.15,
  0.4,
  0.8,
  1.5,
  1.7,
  1.6, // 00-11
  1.1,
  1.4,
  1.6,
  1.6,
  1.5,
  1.3,
  0.9,
  0.8,
  0.95,
  0.9,
  0.6,
  0.3, // 12-23
] as const;

/** How much busier the newest day is than the oldest one. */
const GROWTH = 6;
const NON_WORKING_DAY_FACTOR = 0.45;

export class SubmissionClock {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly cumulative: number[] = [];

  constructor(isWorking: (day: string) => boolean, now: Date, days = 60) {
    const end = now.getTime() - 10 * 60_000; // nothing in the last minutes: the outbox has caught up
    const firstHour = Math.floor((end - days * DAY_MS) / 3_600_000) * 3_600_000;
    let total = 0;
    for (let start = firstHour; start < end; start += 3_600_000) {
      const slotEnd = Math.min(start + 3_600_000, end);
      const ageDays = (end - start) / DAY_MS;
      const hour = shanghaiHour(start);
      const recency = GROWTH ** (1 - ageDays / days);
      const dayFactor = isWorking(shanghaiDay(start)) ? 1 : NON_WORKING_DAY_FACTOR;
      total += recency * dayFactor * (HOUR_WEIGHTS[hour] ?? 1) * ((slotEnd - start) / 3_600_000);
      this.starts.push(start);
      this.ends.push(slotEnd);
      this.cumulative.push(total);
    }
  }

  /** The instant at quantile p in [0, 1): monotonic in p. */
  at(p: number): Date {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const target = p * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    const before = lo === 0 ? 0 : (this.cumulative[lo - 1] ?? 0);
    const weight = (this.cumulative[lo] ?? 0) - before;
    const fraction = weight > 0 ? (target - before) / weight : 0;
    const start = this.starts[lo] ?? 0;
    const end = this.ends[lo] ?? start;
    return new Date(Math.floor(start + fraction * (end - start)));
  }

  /** Request i of n: stratified, so the spread is even and the order is kept. */
  forIndex(i: number, n: number, jitter: number): Date {
    return this.at((i + jitter) / n);
  }
}

/** Working-day test for placing demo events: falls back to Monday-Friday in a year
 *  with no calendar (placing a fake event there is not an SLA judgement).
 *  Memoized: a million requests ask about the same hundred days. */
export function workingDayOrWeekday(cal: WorkingCalendar): (day: string) => boolean {
  const known = new Map<string, boolean>();
  return (day) => {
    let working = known.get(day);
    if (working === undefined) {
      if (cal.coveredYears.has(Number(day.slice(0, 4)))) working = isWorkingDay(cal, day);
      else {
        const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
        working = wd !== 0 && wd !== 6;
      }
      known.set(day, working);
    }
    return working;
  };
}

/** Working days between two instants, by prefix sums over day numbers: only used
 *  to pick a plausible status for a request's age (stored SLA values use src/domain). */
export function workingAge(isWorking: (day: string) => boolean, now: Date, days = 80): (from: number) => number {
  const last = shanghaiDayNumber(now.getTime());
  const first = last - days;
  const working: number[] = [];
  const before: number[] = [0];
  for (let i = first; i <= last; i++) {
    const w = isWorking(shanghaiDay(startOfShanghaiDayNumber(i))) ? 1 : 0;
    working.push(w);
    before.push((before[before.length - 1] ?? 0) + w);
  }
  const to = now.getTime();
  return (from) => {
    const i = Math.max(first, shanghaiDayNumber(from)) - first;
    const start = startOfShanghaiDayNumber(i + first);
    const j = last - first;
    const whole = (before[j] ?? 0) - (before[i] ?? 0);
    const ms =
      whole * DAY_MS -
      (working[i] ?? 0) * Math.max(0, from - start) +
      (working[j] ?? 0) * (to - startOfShanghaiDayNumber(last));
    return ms / DAY_MS;
  };
}
