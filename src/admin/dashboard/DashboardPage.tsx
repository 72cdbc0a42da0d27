import { Alert, Box } from '@mui/material';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { can } from '../../domain/permissions.ts';
import { ForbiddenPage } from '../layout/ForbiddenPage.tsx';
import { useActor } from '../requests/actions/useActor.ts';
import { BacklogAgingChart } from './BacklogAgingChart.tsx';
import { DashboardToolbar } from './DashboardToolbar.tsx';
import { DueNextList } from './DueNextList.tsx';
import { KpiCards } from './KpiCards.tsx';
import { RefundKpis } from './RefundKpis.tsx';
import { RefundsPaidChart } from './RefundsPaidChart.tsx';
import { ThroughputChart } from './ThroughputChart.tsx';
import { TurnaroundHistogramChart } from './TurnaroundHistogramChart.tsx';
import { WeeklyShareChart } from './WeeklyShareChart.tsx';
import { WorkloadTable } from './WorkloadTable.tsx';
import { previousRange, searchFromView, viewFromSearch } from './dashboardRange.ts';
import { kpiFigures } from './kpiFigures.ts';
import { useTurnaroundStats, useWorkload } from './statsApi.ts';

const GRID = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, mb: 2 } as const;

/**
 * The dashboard: managers the team's turnaround, backlog and workload;
 * reviewers the same page with their own figures (the server forces it);
 * finance the refund figures. The view (range, reviewer) lives in the URL.
 * This module and recharts load in a chunk of their own (App.tsx).
 */
const DashboardPage = () => {
  const { canAccess, isPending } = useCanAccess({ resource: 'dashboard', action: 'list' });
  if (isPending) return null;
  return canAccess ? <Dashboard /> : <ForbiddenPage />;
};

const Dashboard = () => {
  const translate = useTranslate();
  const actor = useActor();
  const [search, setSearch] = useSearchParams();
  const view = viewFromSearch(search);
  const previous = previousRange(view.range);
  const roles = actor?.kind === 'staff' ? actor.roles : [];
  const readsReview = can(roles, 'dashboard.teamFigures') || can(roles, 'dashboard.ownFigures');
  const current = useTurnaroundStats(view);
  const before = useTurnaroundStats({ ...view, range: previous });
  const workload = useWorkload(readsReview);
  const answer = current.data;
  // Whose figures the server answered (a reviewer's own even when the URL names nobody).
  const reviewerId = answer?.reviewerId ?? undefined;
  const loading = current.isPending;
  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('app.dashboard')} />
      {actor && (
        <DashboardToolbar
          view={view}
          canPickReviewer={can(roles, 'dashboard.teamFigures')}
          onChange={(next) => setSearch(searchFromView(next))}
        />
      )}
      {current.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {(current.error as Error).message}
        </Alert>
      )}
      {readsReview && <KpiCards kpis={kpiFigures(answer, before.data)} previous={previous} loading={loading} />}
      {answer?.refunds && <RefundKpis refunds={answer.refunds} />}
      <Box sx={GRID}>
        {readsReview && (
          <>
            <TurnaroundHistogramChart
              histogram={answer?.histogram}
              range={view.range}
              reviewerId={reviewerId}
              loading={loading}
            />
            <WeeklyShareChart
              weekly={answer?.weekly}
              target={answer?.slaTargetShare}
              range={view.range}
              reviewerId={reviewerId}
              loading={loading}
            />
            <BacklogAgingChart backlog={answer?.backlog} reviewerId={reviewerId} loading={loading} />
            <ThroughputChart
              throughput={answer?.throughput}
              range={view.range}
              reviewerId={reviewerId}
              loading={loading}
            />
          </>
        )}
        {can(roles, 'dashboard.refundFigures') && <RefundsPaidChart refunds={answer?.refunds} loading={loading} />}
      </Box>
      {readsReview && (
        <Box sx={GRID}>
          <DueNextList reviewerId={reviewerId} />
          <WorkloadTable rows={workload.data?.rows} />
        </Box>
      )}
    </Box>
  );
};

export default DashboardPage;
