import type { TurnaroundStatsAnswer } from '../../domain/turnaroundStatsTypes.ts';

export type KpiId = 'median' | 'p90' | 'share' | 'openBreached' | 'backlog';

export interface Kpi {
  id: KpiId;
  /** null: no figure for this range (nothing decided, or a calendar gap). */
  value: number | null;
  /** value − the previous period's, or null when either side has none or the figure has no period. */
  change: number | null;
  /** Whether a rise is good news (the share) or bad (days, breaches, backlog): colours the change. */
  higherIsBetter: boolean;
  unit: 'days' | 'percent' | 'count';
}

const openBacklog = (answer: TurnaroundStatsAnswer | undefined) =>
  answer?.backlog?.reduce((sum, row) => sum + Object.values(row.age).reduce((a, b) => a + b, 0), 0) ?? null;

const sharePercent = (answer: TurnaroundStatsAnswer | undefined) => {
  const share = answer?.withinSla?.share;
  return share === null || share === undefined ? null : share * 100;
};

const diff = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined ? null : Math.round((a - b) * 100) / 100;

/**
 * The five cards: each figure of the range and its change against the period of
 * the same length before it. The backlog is a count at an instant, so its
 * figure is the backlog as the range ended (now, when the range reaches today:
 * the backlog chart's total) and its change is against the backlog as the
 * previous period ended, which is the instant this range began: the answer's
 * own backlogAtStart (docs/sla-figures.md). An answer without those fields
 * falls back to the backlog now, with no change.
 */
export const kpiFigures = (current: TurnaroundStatsAnswer | undefined, previous: TurnaroundStatsAnswer | undefined) => {
  const median = current?.medianWorkingDays ?? null;
  const p90 = current?.p90WorkingDays ?? null;
  const share = sharePercent(current);
  const breached = current?.withinSla?.openBreached ?? null;
  const kpis: Kpi[] = [
    {
      id: 'median',
      value: median,
      change: diff(median, previous?.medianWorkingDays),
      higherIsBetter: false,
      unit: 'days',
    },
    { id: 'p90', value: p90, change: diff(p90, previous?.p90WorkingDays), higherIsBetter: false, unit: 'days' },
    { id: 'share', value: share, change: diff(share, sharePercent(previous)), higherIsBetter: true, unit: 'percent' },
    {
      id: 'openBreached',
      value: breached,
      change: diff(breached, previous?.withinSla?.openBreached),
      higherIsBetter: false,
      unit: 'count',
    },
    {
      id: 'backlog',
      value: current?.backlogAtEnd ?? openBacklog(current),
      change: diff(current?.backlogAtEnd, current?.backlogAtStart),
      higherIsBetter: false,
      unit: 'count',
    },
  ];
  return kpis;
};
