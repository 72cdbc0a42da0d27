// Review turnaround against the SLA, in working time (see workingDays.ts).
// Time in awaiting_customer does not count: the customer holds the ball.

import type { SlaState } from './vocabulary.ts';
import {
  CalendarGapError,
  DAY_MS,
  addWorkingMs,
  uncoveredYearsBetween,
  workingMsBetween,
  type WorkingCalendar,
} from './workingDays.ts';

export interface SlaPolicy {
  /** From this many working days a request is at risk. */
  riskWorkingDays: number;
  /** Over this many working days a request is breached (exactly this many is still at risk). */
  dueWorkingDays: number;
}

export const DEFAULT_SLA_POLICY: SlaPolicy = { riskWorkingDays: 3, dueWorkingDays: 7 };

export interface SlaInput {
  submittedAt: Date;
  decidedAt: Date | null;
  /** Start of the current pause (status awaiting_customer), else null. */
  pausedAt: Date | null;
  /** Working ms already spent in completed awaiting_customer spans. */
  slaPausedMs: number;
}

interface Sla {
  /** Working days counted so far (or at decision), 1 decimal; null if the calendar has a gap. */
  workingDaysElapsed: number | null;
  riskAt: Date | null;
  dueAt: Date | null;
  slaState: SlaState | null;
  /** The clock is stopped because the request waits for the customer. */
  paused: boolean;
  decided: boolean;
  /** Years the computation needed and the calendar does not cover, ascending. */
  missingCalendarYears: number[];
}

/** The state for an amount of elapsed working time. */
export function slaStateFor(elapsedMs: number, policy: SlaPolicy = DEFAULT_SLA_POLICY): SlaState {
  if (elapsedMs < policy.riskWorkingDays * DAY_MS) return 'on_track';
  if (elapsedMs <= policy.dueWorkingDays * DAY_MS) return 'at_risk';
  return 'breached';
}

// Working ms of the current pause up to `end`. A request withdrawn while
// awaiting_customer may still carry pausedAt: its pause ends at the decision.
function currentPauseMs(cal: WorkingCalendar, input: SlaInput, end: Date): number {
  return input.pausedAt ? workingMsBetween(cal, input.pausedAt, end) : 0;
}

function elapsedWorkingMs(cal: WorkingCalendar, input: SlaInput, end: Date): number {
  const gross = workingMsBetween(cal, input.submittedAt, end);
  return Math.max(0, gross - input.slaPausedMs - currentPauseMs(cal, input, end));
}

/**
 * The instants a request reaches the risk and due thresholds, given the working
 * time it has spent paused: what the server stores on submit and on resume.
 * Throws CalendarGapError when a deadline falls in (or beyond) an uncovered year.
 */
export function slaDeadlines(
  cal: WorkingCalendar,
  submittedAt: Date,
  slaPausedMs: number,
  policy: SlaPolicy = DEFAULT_SLA_POLICY,
): { riskAt: Date; dueAt: Date } {
  return {
    riskAt: addWorkingMs(cal, submittedAt, policy.riskWorkingDays * DAY_MS + slaPausedMs),
    dueAt: addWorkingMs(cal, submittedAt, policy.dueWorkingDays * DAY_MS + slaPausedMs),
  };
}

/** Working ms of a finished awaiting_customer span: add it to slaPausedMs on resume. */
export function pauseSpanMs(cal: WorkingCalendar, pausedAt: Date, resumedAt: Date): number {
  return workingMsBetween(cal, pausedAt, resumedAt);
}

/**
 * Working time from submission to decision, pauses excluded. Only decided
 * requests have one: throws RangeError when decidedAt is null, and
 * CalendarGapError when the interval touches an uncovered year.
 */
export function turnaroundMs(cal: WorkingCalendar, input: SlaInput): number {
  if (!input.decidedAt) throw new RangeError('turnaround is only defined for a decided request');
  return elapsedWorkingMs(cal, input, input.decidedAt);
}

function deadlineOrGap(compute: () => Date, missing: Set<number>): Date | null {
  try {
    return compute();
  } catch (e) {
    if (e instanceof CalendarGapError) {
      missing.add(e.year);
      return null;
    }
    throw e;
  }
}

/**
 * The SLA picture of a request at `now`. A decided request is judged on its
 * turnaround and keeps the deadlines it had. While paused, the deadlines are
 * where they would be if the customer answered right now, so they move later.
 * Whatever needs an uncovered year is null and the year is listed.
 */
export function computeSla(
  cal: WorkingCalendar,
  input: SlaInput,
  now: Date,
  policy: SlaPolicy = DEFAULT_SLA_POLICY,
): Sla {
  const decided = input.decidedAt !== null;
  const end = input.decidedAt ?? now;
  const paused = !decided && input.pausedAt !== null;
  // Checked up front so every missing year is listed, not only the first one hit.
  const elapsedGaps = uncoveredYearsBetween(cal, input.submittedAt, end);
  const pauseGaps = input.pausedAt ? uncoveredYearsBetween(cal, input.pausedAt, end) : [];
  const missing = new Set<number>([...elapsedGaps, ...pauseGaps]);

  let workingDaysElapsed: number | null = null;
  let slaState: SlaState | null = null;
  if (missing.size === 0) {
    const elapsed = elapsedWorkingMs(cal, input, end);
    workingDaysElapsed = Math.round((elapsed / DAY_MS) * 10) / 10;
    slaState = slaStateFor(elapsed, policy);
  }

  // The deadlines may still be known when only `now` is past the calendar
  // (submitted 1 Dec, read on 5 Jan of an uncovered year): each is tried alone.
  let riskAt: Date | null = null;
  let dueAt: Date | null = null;
  if (pauseGaps.length === 0) {
    const pausedTotal = input.slaPausedMs + currentPauseMs(cal, input, end);
    const deadline = (days: number) =>
      deadlineOrGap(() => addWorkingMs(cal, input.submittedAt, days * DAY_MS + pausedTotal), missing);
    riskAt = deadline(policy.riskWorkingDays);
    dueAt = deadline(policy.dueWorkingDays);
  }
  // The deadline is the truth for an open request (docs/sla-figures.md): past
  // dueAt it is breached, as the queue's filter and the dashboard say, even
  // when dueAt is 24:00 before days off and the working time still reads
  // exactly 7. A decided one is judged on its turnaround (exactly 7 is met).
  if (!decided && slaState === 'at_risk' && dueAt !== null && end > dueAt) slaState = 'breached';
  return {
    workingDaysElapsed,
    riskAt,
    dueAt,
    slaState,
    paused,
    decided,
    missingCalendarYears: [...missing].sort((x, y) => x - y),
  };
}
