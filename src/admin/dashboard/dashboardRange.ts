import { addDays, shanghaiDay, startOfShanghaiDay, DAY_MS } from '../../domain/workingDays.ts';
import type { StatsRange } from '../../domain/turnaroundStatsTypes.ts';

/**
 * The dashboard's view, as it travels in the URL (#/dashboard?from=…&to=…&reviewerId=…)
 * so a view can be shared. Days are Asia/Shanghai 'YYYY-MM-DD', both inclusive,
 * as GET /api/stats/turnaround reads them.
 */
export interface DashboardView {
  range: StatsRange;
  /** One reviewer's figures; undefined: the whole team (a reviewer's own are forced by the server). */
  reviewerId?: number;
}

/** The preset lengths offered beside the custom range, in days. */
export const RANGE_PRESETS = [7, 30, 90] as const;
export const DEFAULT_RANGE_DAYS = 30;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string | null): value is string => {
  if (value === null || !DAY.test(value)) return false;
  try {
    return shanghaiDay(startOfShanghaiDay(value)) === value;
  } catch {
    return false; // 2026-02-30 and the like
  }
};

/** The last `days` days up to and including today (Shanghai). */
export const lastDays = (days: number, now: Date = new Date()): StatsRange => {
  const to = shanghaiDay(now);
  return { from: addDays(to, 1 - days), to };
};

/** Days in a range, both ends counted. */
export const rangeLength = ({ from, to }: StatsRange): number =>
  Math.round((startOfShanghaiDay(to).getTime() - startOfShanghaiDay(from).getTime()) / DAY_MS) + 1;

/** The period of the same length that ends the day before `range` starts: what the KPI cards compare with. */
export const previousRange = (range: StatsRange): StatsRange => {
  const to = addDays(range.from, -1);
  return { from: addDays(to, 1 - rangeLength(range)), to };
};

/** Reads the view from the URL's query; anything missing or malformed falls back to the last 30 days, whole team. */
export const viewFromSearch = (search: URLSearchParams, now: Date = new Date()): DashboardView => {
  const from = search.get('from');
  const to = search.get('to');
  const range = isDay(from) && isDay(to) && from <= to ? { from, to } : lastDays(DEFAULT_RANGE_DAYS, now);
  const reviewer = Number(search.get('reviewerId'));
  return Number.isInteger(reviewer) && reviewer > 0 ? { range, reviewerId: reviewer } : { range };
};

/** The URL query for a view (the inverse of viewFromSearch). */
export const searchFromView = ({ range, reviewerId }: DashboardView): URLSearchParams => {
  const search = new URLSearchParams({ from: range.from, to: range.to });
  if (reviewerId !== undefined) search.set('reviewerId', String(reviewerId));
  return search;
};

/** Which preset a range is (ending today), or undefined for a custom one. */
export const presetOf = (range: StatsRange, now: Date = new Date()): number | undefined =>
  RANGE_PRESETS.find((days) => {
    const preset = lastDays(days, now);
    return preset.from === range.from && preset.to === range.to;
  });
