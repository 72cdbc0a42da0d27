// What the turnaround figures are computed from and what they answer. The
// reference definitions (turnaroundStats.ts and its parts) and the server's SQL
// aggregates share these shapes; docs/sla-figures.md states every rule.

import type { OpenStatus, RequestStatus, SlaState } from './vocabulary.ts';

/** A request as the figures read it: the stored columns, nothing recomputed. */
export interface StatsRequest {
  status: RequestStatus;
  submittedAt: Date;
  /** Set for every decided status, withdrawn included. */
  decidedAt: Date | null;
  /** Who decided (approve, reject, pause instead); null for withdrawn and open requests. */
  decidedBy: number | null;
  /** The reviewer holding the request; a withdrawn request keeps the one it had. */
  assigneeId: number | null;
  /** Stored deadlines: the instants it reaches 3 and 7 working days (slaDeadlines); null where the calendar had a gap. */
  riskAt: Date | null;
  dueAt: Date | null;
  /** Start of the current pause (awaiting_customer), else null. */
  pausedAt: Date | null;
  /**
   * Working days from submission to decision, pauses excluded, fixed at the
   * decision: turnaroundWorkingDays(turnaround_ms), unrounded. null for open
   * and withdrawn requests, and where the calendar had a gap.
   */
  turnaroundWorkingDays: number | null;
}

/** One "asked the customer for more" (audit action request.info_requested), by the staff member who asked. */
export interface InfoRequestEvent {
  actorId: number;
  at: Date;
}

/** Days in Asia/Shanghai, 'YYYY-MM-DD', both inclusive. */
export interface StatsRange {
  from: string;
  to: string;
}

export interface StatsQuery {
  range: StatsRange;
  /** The instant the figures are read at: breaches and backlog ages are judged against it. */
  now: Date;
  /** Only this reviewer's figures: decided by them, open or withdrawn while assigned to them, info requests they made. */
  reviewerId?: number;
}

export interface WithinSla {
  /** Decided in the range with a turnaround of at most dueWorkingDays (7). */
  met: number;
  /** Decided in the range with a turnaround over dueWorkingDays. */
  missed: number;
  /** Open requests breached now whose dueAt fell inside the range. */
  openBreached: number;
  /** met ÷ (decided + openBreached), 4 decimals; null when that is 0. */
  share: number | null;
}

/** Turnarounds in (from, to] working days; the first bucket also holds 0, the last (to null) is "> 10". */
export interface HistogramBucket {
  from: number;
  to: number | null;
  count: number;
}

export interface WeekFigures {
  /** ISO week of Asia/Shanghai days, '2026-W41'. */
  week: string;
  /** Its Monday, 'YYYY-MM-DD' (the week may be cut by the range). */
  start: string;
  decided: number;
  met: number;
  openBreached: number;
  share: number | null;
  medianWorkingDays: number | null;
}

/** SLA age of open requests now; 'unknown' where a deadline is missing (calendar gap). */
export type BacklogAge = SlaState | 'unknown';

export interface BacklogRow {
  status: OpenStatus;
  age: Record<BacklogAge, number>;
}

export interface ThroughputRow {
  week: string;
  start: string;
  reviewerId: number;
  approved: number;
  rejected: number;
  pausedInstead: number;
  infoRequested: number;
}

export interface TurnaroundStats {
  /** Approved, rejected or paused instead in the range. */
  decided: number;
  /** Withdrawn in the range: no turnaround, counted apart. */
  withdrawn: number;
  /** Over the decided requests' turnarounds, 2 decimals; null when none has one. */
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  withinSla: WithinSla;
  histogram: HistogramBucket[];
  weekly: WeekFigures[];
  backlog: BacklogRow[];
  throughput: ThroughputRow[];
}

/** Refunds for the dashboard (finance and managers): money in fen, weeks as in `weekly`. */
export interface RefundFigures {
  /** Refunds not yet paid out (pending_approval, approved, failed), now: count and sum. */
  pendingCount: number;
  pendingFen: number;
  /** Per ISO week of the range (every week, empty ones as 0): refunds paid in it. */
  paidWeekly: { week: string; start: string; paidCount: number; paidFen: number }[];
  /**
   * Median hours from a refund's last approval (the second when two were
   * needed) to its payment, over refunds paid in the range, 2 decimals;
   * wall-clock hours, not working time. null when none was paid.
   */
  medianHoursToPayment: number | null;
}

/**
 * The backlog at the range's edges (backlogAt.ts). The end of a period is the
 * end of the one before it, so `backlogAtEnd - backlogAtStart` is the change
 * against the previous period of the same length, as the other KPI cards' are.
 */
export interface BacklogAtRange {
  /** Open as the range began (00:00 on `from`, Asia/Shanghai), or now if that is later. */
  backlogAtStart: number;
  /** Open as the range ended (00:00 after `to`), or now if that is earlier: then the backlog chart's total. */
  backlogAtEnd: number;
}

/**
 * GET /api/stats/turnaround's answer. The review figures (every TurnaroundStats
 * field) are there for whoever may read them (managers: anyone's, reviewers:
 * their own, `reviewerId` forced to them); `refunds` for finance and managers.
 * A part the caller may not read is left out, not nulled: finance gets
 * { from, to, reviewerId: null, refunds, missingCalendarYears } only.
 */
export interface TurnaroundStatsAnswer extends Partial<TurnaroundStats>, Partial<BacklogAtRange> {
  from: string;
  to: string;
  /** Whose figures these are; null for the whole team. */
  reviewerId: number | null;
  refunds?: RefundFigures;
  /** With the review figures: the share within the SLA the team aims for (setting sla_target_share, default 0.9). */
  slaTargetShare?: number;
  /** The current or next Shanghai year when it has no calendar: SLA figures and due dates are unreliable. */
  missingCalendarYears: number[];
}
