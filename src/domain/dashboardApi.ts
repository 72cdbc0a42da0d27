// What the dashboard and the calendar pages read from the server, beside
// TurnaroundStatsAnswer (turnaroundStatsTypes.ts). docs/dashboard-api.md lists
// the paths and who may call them.

import type { CalendarDayKind } from './vocabulary.ts';

/** Longest range GET /api/stats/turnaround accepts, in days (both ends inclusive). */
export const STATS_MAX_RANGE_DAYS = 366;

/** Working days ahead that make an open request "due next". */
export const DUE_NEXT_WORKING_DAYS = 2;

/** One reviewer's load now: GET /api/stats/workload rows. */
export interface WorkloadRow {
  reviewerId: number;
  displayName: string;
  /** Open requests assigned to them: submitted (claimed but not started) or in_review. */
  inReview: number;
  awaitingCustomer: number;
  /** Open requests assigned to them whose stored dueAt has passed (the queue's "breached"). */
  breached: number;
  /** Approved, rejected or paused instead by them this ISO week (Asia/Shanghai). */
  decidedThisWeek: number;
}

export interface WorkloadAnswer {
  /** Monday of the current ISO week, 'YYYY-MM-DD'. */
  weekStart: string;
  /** Every active reviewer (managers included, they review too), by display name; a reviewer caller gets only their own row. */
  rows: WorkloadRow[];
  /**
   * "Due next": submitted or in-review requests (a clock that runs) whose
   * stored dueAt is in [from, to): now until DUE_NEXT_WORKING_DAYS working
   * days from now. The list itself is GET /api/requests with filter
   * {dueNext: true} (same window and statuses), sorted by dueAt.
   */
  dueNext: { from: string; to: string | null; count: number };
  missingCalendarYears: number[];
}

/** A day of the working-day calendar: GET /api/calendar rows (id = date). */
export interface CalendarDayRow {
  id: string;
  date: string;
  kind: CalendarDayKind;
  name: string;
  year: number;
}

/**
 * GET /api/calendar/{date}: one day of a covered year as it stands, ordinary
 * ('normal') days included, with the version a change of it must send back
 * (If-Match, also its ETag). The version is the year's: any day edit of the
 * year moves it (migration 014).
 */
export type CalendarDayState = Omit<CalendarDayRow, 'kind'> & { kind: CalendarDayKind | 'normal'; version: number };

/** PUT /api/calendar/{date}: 'normal' removes the day's exception (Mon-Fri work, weekends off). */
export interface CalendarDayInput {
  kind: CalendarDayKind | 'normal';
  name?: string;
  /** The version the editor saw, when not sent as If-Match (react-admin's update sends the record). */
  version?: number;
}

/** POST /api/calendar/years. */
export interface CalendarYearInput {
  year: number;
  /** 'bundled': the chinese-days package's days (400 when it lacks the year); 'manual': `days` as given. */
  source: 'bundled' | 'manual';
  days?: { date: string; kind: CalendarDayKind; name?: string }[];
}

/** GET /api/calendar/status, for the banner (any signed-in staff member). */
export interface CalendarStatus {
  coveredYears: number[];
  /** The current or next Shanghai year without a calendar. */
  missingCalendarYears: number[];
  /** Years the bundled chinese-days data has. */
  bundledYears: number[];
}

/** What a calendar save changed besides the calendar. */
export interface CalendarSaveResult {
  /** Open requests whose riskAt/dueAt were recomputed. */
  openRecomputed: number;
  /** Decided requests whose stored turnaround was recomputed. */
  decidedRecomputed: number;
}

/** PUT /api/calendar/{date}'s answer: the day as stored now ('normal' when its exception was removed). */
export type CalendarDaySaved = CalendarDayState & CalendarSaveResult;

/** POST /api/calendar/years's answer (201). */
export type CalendarYearAdded = { year: number; days: number } & CalendarSaveResult;
