import { useQuery } from '@tanstack/react-query';
import type { WorkloadAnswer } from '../../domain/dashboardApi.ts';
import type { TurnaroundStatsAnswer } from '../../domain/turnaroundStatsTypes.ts';
import { API_URL, httpClient } from '../dataProvider.ts';
import type { DashboardView } from './dashboardRange.ts';

/** GET /api/stats/turnaround for one view (docs/dashboard-api.md). */
export const fetchTurnaroundStats = async ({ range, reviewerId }: DashboardView): Promise<TurnaroundStatsAnswer> => {
  const search = new URLSearchParams({ from: range.from, to: range.to });
  if (reviewerId !== undefined) search.set('reviewerId', String(reviewerId));
  return (await httpClient(`${API_URL}/stats/turnaround?${search}`)).json as TurnaroundStatsAnswer;
};

/** GET /api/stats/workload: each reviewer's open work now, and the "due next" window. */
export const fetchWorkload = async (): Promise<WorkloadAnswer> =>
  (await httpClient(`${API_URL}/stats/workload`)).json as WorkloadAnswer;

/** The figures of a view; the previous period's are cached under their own key, so flipping ranges reuses both. */
export const useTurnaroundStats = (view: DashboardView) =>
  useQuery({
    queryKey: ['stats', 'turnaround', view.range.from, view.range.to, view.reviewerId ?? null],
    queryFn: () => fetchTurnaroundStats(view),
    staleTime: 60_000,
  });

/** Team workload, shared by the dashboard's table and the reassign picker. */
export const useWorkload = (enabled = true) =>
  useQuery({
    queryKey: ['stats', 'workload'],
    queryFn: fetchWorkload,
    staleTime: 30_000,
    enabled,
  });
