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
import { decisionGroups } from './decisions.ts';
import { backlogCounts, infoRequestsByWeek, openBreachedByWeek } from './openRequests.ts';
import { paidRefunds, pendingRefunds } from './refunds.ts';

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
  // is a few ms over an index; parallel queries would only queue on the pool.
  const groups = await decisionGroups(db, period, reviewerId);
  const breaches = await openBreachedByWeek(db, period, now, reviewerId);
  const backlog = await backlogCounts(db, now, reviewerId);
  const asked = await infoRequestsByWeek(db, period, reviewerId);

  const all = groups.find((g) => g.kind === 'all');
  const openBreached = breaches.reduce((sum, b) => sum + b.n, 0);
  const decided = all?.decided ?? 0;
  const met = all?.met ?? 0;

  const histogram = histogramOf([]);
  for (const g of groups) if (g.kind === 'bucket' && g.bucket !== null) histogram[g.bucket]!.count += g.decided;

  const weekGroups = new Map(groups.filter((g) => g.kind === 'week').map((g) => [g.week, g]));
  const weekBreaches = new Map(breaches.map((b) => [b.week, b.n]));
  const weekly = isoWeeksOf(range).map((week) => {
    const g = weekGroups.get(week.start);
    const breached = weekBreaches.get(week.start) ?? 0;
    const weekDecided = g?.decided ?? 0;
    const weekMet = g?.met ?? 0;
    return {
      ...week,
      decided: weekDecided,
      met: weekMet,
      openBreached: breached,
      share: slaShare(weekMet, weekDecided + breached),
      medianWorkingDays: g?.median ?? null,
    };
  });

  return {
    decided,
    withdrawn: all?.withdrawn ?? 0,
    medianWorkingDays: all?.median ?? null,
    p90WorkingDays: all?.p90 ?? null,
    withinSla: { met, missed: all?.missed ?? 0, openBreached, share: slaShare(met, decided + openBreached) },
    histogram,
    weekly,
    backlog: backlogRows(backlog),
    throughput: throughputRows(groups, asked),
  };
}

function backlogRows(counts: Awaited<ReturnType<typeof backlogCounts>>): BacklogRow[] {
  const rows = OPEN_STATUSES.map((status) => ({ status, age: { on_track: 0, at_risk: 0, breached: 0, unknown: 0 } }));
  for (const c of counts) rows[OPEN_STATUSES.indexOf(c.status)]!.age[c.age] += c.n;
  return rows;
}

function throughputRows(
  groups: Awaited<ReturnType<typeof decisionGroups>>,
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
  for (const g of groups) {
    // Withdrawn requests have no decider: their group (reviewer null) is not a reviewer's work.
    if (g.kind !== 'reviewerWeek' || g.reviewer === null || g.week === null) continue;
    if (g.approved + g.rejected + g.pausedInstead === 0) continue;
    Object.assign(rowOf(g.week, g.reviewer), {
      approved: g.approved,
      rejected: g.rejected,
      pausedInstead: g.pausedInstead,
    });
  }
  for (const a of asked) rowOf(a.week, a.reviewer).infoRequested += a.n;
  return [...rows.values()].sort((a, b) => a.start.localeCompare(b.start) || a.reviewerId - b.reviewerId);
}

/** The refund figures for a range (RefundFigures): the whole team's, whoever's review figures are asked. */
export async function refundFiguresSql(db: Kysely<DB>, range: StatsRange): Promise<RefundFigures> {
  const period = periodOf(range);
  const pending = await pendingRefunds(db);
  const paid = await paidRefunds(db, period);
  const byWeek = new Map(paid.filter((p) => p.week !== null).map((p) => [p.week, p]));
  return {
    pendingCount: pending.n,
    pendingFen: pending.fen,
    paidWeekly: isoWeeksOf(range).map((week) => ({
      ...week,
      paidCount: byWeek.get(week.start)?.n ?? 0,
      paidFen: byWeek.get(week.start)?.fen ?? 0,
    })),
    medianHoursToPayment: paid.find((p) => p.week === null)?.medianHours ?? null,
  };
}
