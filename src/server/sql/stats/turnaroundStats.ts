import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { histogramOf, slaShare } from '../../../domain/turnaroundStatsFigures.ts';
import { isoWeekOfDay, isoWeeksOf, periodOf } from '../../../domain/turnaroundStatsPeriod.ts';
import type {
  BacklogRow,
  RefundFigures,
  StatsQuery,
  StatsRange,
  ThroughputRow,
  TurnaroundStats,
} from '../../../domain/turnaroundStatsTypes.ts';
import { OPEN_STATUSES } from '../../../domain/vocabulary.ts';
import { decisionFigures, type DecisionFigures } from './decisions.ts';
import { infoRequestsByWeek, openFigures, type OpenFigures } from './openRequests.ts';
import { refundCounts } from './refunds.ts';

/**
 * The review figures of turnaroundStats() (src/domain), computed by
 * aggregates over the stored columns: the SQL counts and takes percentiles,
 * the domain's helpers lay out weeks, buckets and shares, so both sides give
 * the same answer on the hand-built set (tests/server/stats).
 */
export async function turnaroundStatsSql(db: Kysely<DB>, query: StatsQuery): Promise<TurnaroundStats> {
  const { range, now, reviewerId } = query;
  const period = periodOf(range);
  // Sequential on purpose: PGlite has one connection, and on PostgreSQL each
  // is one index scan; parallel queries would only queue on the pool.
  const decisions = await decisionFigures(db, period, reviewerId);
  const open = await openFigures(db, period, now, reviewerId);
  const asked = await infoRequestsByWeek(db, period, reviewerId);

  const { all } = decisions;
  const openBreached = [...open.breachedByWeek.values()].reduce((sum, n) => sum + n, 0);
  const histogram = histogramOf([]);
  for (const [bucket, count] of decisions.buckets) histogram[bucket]!.count = count;

  const weekly = isoWeeksOf(range).map((week) => {
    const w = decisions.weeks.get(week.start);
    const breached = open.breachedByWeek.get(week.start) ?? 0;
    const decided = w?.decided ?? 0;
    const met = w?.met ?? 0;
    return {
      ...week,
      decided,
      met,
      openBreached: breached,
      share: slaShare(met, decided + breached),
      medianWorkingDays: w?.median ?? null,
    };
  });

  return {
    decided: all.decided,
    withdrawn: all.withdrawn,
    medianWorkingDays: all.median,
    p90WorkingDays: all.p90,
    withinSla: { met: all.met, missed: all.missed, openBreached, share: slaShare(all.met, all.decided + openBreached) },
    histogram,
    weekly,
    backlog: backlogRows(open.backlog),
    throughput: throughputRows(decisions.reviewerWeeks, asked),
  };
}

function backlogRows(counts: OpenFigures['backlog']): BacklogRow[] {
  const rows = OPEN_STATUSES.map((status) => ({ status, age: { on_track: 0, at_risk: 0, breached: 0, unknown: 0 } }));
  for (const c of counts) rows[OPEN_STATUSES.indexOf(c.status)]!.age[c.age] += c.n;
  return rows;
}

function throughputRows(
  decided: DecisionFigures['reviewerWeeks'],
  asked: Awaited<ReturnType<typeof infoRequestsByWeek>>,
): ThroughputRow[] {
  const rows = new Map<string, ThroughputRow>();
  const rowOf = (start: string, reviewerId: number) => {
    const key = `${start} ${reviewerId}`;
    let row = rows.get(key);
    if (!row) {
      row = { ...isoWeekOfDay(start), reviewerId, approved: 0, rejected: 0, pausedInstead: 0, infoRequested: 0 };
      rows.set(key, row);
    }
    return row;
  };
  for (const d of decided) {
    Object.assign(rowOf(d.week, d.reviewer), {
      approved: d.approved,
      rejected: d.rejected,
      pausedInstead: d.pausedInstead,
    });
  }
  for (const a of asked) rowOf(a.week, a.reviewer).infoRequested += a.n;
  return [...rows.values()].sort((a, b) => a.start.localeCompare(b.start) || a.reviewerId - b.reviewerId);
}

/** The refund figures for a range (RefundFigures): the whole team's, whoever's review figures are asked. */
export async function refundFiguresSql(db: Kysely<DB>, range: StatsRange): Promise<RefundFigures> {
  const { pending, paidByWeek, medianHours } = await refundCounts(db, periodOf(range));
  return {
    pendingCount: pending.n,
    pendingFen: pending.fen,
    paidWeekly: isoWeeksOf(range).map((week) => ({
      ...week,
      paidCount: paidByWeek.get(week.start)?.n ?? 0,
      paidFen: paidByWeek.get(week.start)?.fen ?? 0,
    })),
    medianHoursToPayment: medianHours,
  };
}
