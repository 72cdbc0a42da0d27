import { STATS_MAX_RANGE_DAYS, type WorkloadAnswer } from '../../../domain/dashboardApi.ts';
import { missingCalendarYears } from '../../../domain/calendarStatus.ts';
import { dueNextWindow } from '../../../domain/dueNext.ts';
import { dashboardScope, type DashboardScope } from '../../../domain/recordAccess.ts';
import { isoWeekOf, statsRangeErrors } from '../../../domain/turnaroundStatsPeriod.ts';
import type { TurnaroundStatsAnswer } from '../../../domain/turnaroundStatsTypes.ts';
import { startOfShanghaiDay } from '../../../domain/workingDays.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { badRequest } from '../../http/errors.ts';
import { loadCalendar } from '../../sql/calendar.ts';
import { slaTargetShare } from '../../sql/settings.ts';
import { backlogAtRangeSql } from '../../sql/stats/backlogAt.ts';
import { refundFiguresSql, turnaroundStatsSql } from '../../sql/stats/turnaroundStats.ts';
import { dueNextCount, workloadRows } from '../../sql/stats/workload.ts';
import type * as routes from './stats.routes.ts';

/**
 * Whose review figures the caller reads, from the domain's dashboardScope: a
 * manager anyone's (or the team's), a reviewer only their own whatever they
 * ask for, finance none (undefined).
 */
function reviewScope(scope: DashboardScope, asked: number | undefined) {
  if (scope.review.kind === 'all') return { reviewerId: asked };
  if (scope.review.kind === 'assignedTo') return { reviewerId: scope.review.staffId };
  return undefined;
}

export const turnaround: AppRouteHandler<typeof routes.turnaround> = async (c) => {
  const { from, to, reviewerId: asked } = c.req.valid('query');
  const range = { from, to };
  const errors = statsRangeErrors(range, STATS_MAX_RANGE_DAYS);
  if (errors) throw badRequest('invalid range', errors);
  const { db, user } = c.var;
  const now = c.var.deps.now();
  const access = dashboardScope({ kind: 'staff', id: user.id, roles: user.roles });
  const scope = reviewScope(access, asked);
  const calendar = await loadCalendar(db);
  const answer: TurnaroundStatsAnswer = {
    from,
    to,
    reviewerId: scope?.reviewerId ?? null,
    missingCalendarYears: missingCalendarYears(calendar.coveredYears, now),
  };
  if (scope) Object.assign(answer, await turnaroundStatsSql(db, { range, now, reviewerId: scope.reviewerId }));
  if (scope) Object.assign(answer, await backlogAtRangeSql(db, { range, now, reviewerId: scope.reviewerId }));
  if (scope) answer.slaTargetShare = await slaTargetShare(db);
  if (access.refunds) answer.refunds = await refundFiguresSql(db, range);
  return c.json(answer, 200);
};

export const workload: AppRouteHandler<typeof routes.workload> = async (c) => {
  const { db, user } = c.var;
  const now = c.var.deps.now();
  const reviewerId = reviewScope(
    dashboardScope({ kind: 'staff', id: user.id, roles: user.roles }),
    undefined,
  )?.reviewerId;
  const calendar = await loadCalendar(db);
  const week = isoWeekOf(now);
  const window = dueNextWindow(calendar, now);
  const answer: WorkloadAnswer = {
    weekStart: week.start,
    rows: await workloadRows(db, now, startOfShanghaiDay(week.start), reviewerId),
    dueNext: {
      from: window.from.toISOString(),
      to: window.to?.toISOString() ?? null,
      count: await dueNextCount(db, window.from, window.to, reviewerId),
    },
    missingCalendarYears: missingCalendarYears(calendar.coveredYears, now),
  };
  return c.json(answer, 200);
};
