import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useCanAccess, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { StatsRange, ThroughputRow } from '../../domain/turnaroundStatsTypes.ts';
import type { RequestStatus } from '../../domain/vocabulary.ts';
import { ChartCard } from './ChartCard.tsx';
import { decidedQueue, infoRequestsLog, reviewerQueue, FROM_THE_TOP } from './queueLinks.ts';
import { useChartColors } from './useChartColors.ts';
import { useStaffNames } from './useStaffNames.ts';

type Kind = 'approved' | 'rejected' | 'pausedInstead' | 'infoRequested';
const KINDS: Kind[] = ['approved', 'rejected', 'pausedInstead', 'infoRequested'];
const STATUS_OF: Record<Exclude<Kind, 'infoRequested'>, RequestStatus> = {
  approved: 'approved',
  rejected: 'rejected',
  pausedInstead: 'paused_instead',
};

interface Props {
  throughput: ThroughputRow[] | undefined;
  range: StatsRange;
  /** Whose figures the chart shows (a reviewer's own): the whole-chart link lists theirs. */
  reviewerId?: number;
  loading: boolean;
}

/** Per reviewer over the range: decisions by kind and information requests, stacked. */
export const ThroughputChart = ({ throughput = [], range, reviewerId, loading }: Props) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const colors = useChartColors();
  const names = useStaffNames();
  const kindColor: Record<Kind, string> = {
    approved: colors.onTrack,
    rejected: colors.breached,
    pausedInstead: colors.atRisk,
    infoRequested: colors.info,
  };
  const totals = new Map<number, Record<Kind, number>>();
  for (const row of throughput) {
    const sum = totals.get(row.reviewerId) ?? { approved: 0, rejected: 0, pausedInstead: 0, infoRequested: 0 };
    for (const kind of KINDS) sum[kind] += row[kind];
    totals.set(row.reviewerId, sum);
  }
  const data = [...totals].map(([id, sum]) => ({
    reviewerId: id,
    name: names.get(id) ?? `#${id}`,
    ...sum,
  }));
  // The requests asked about are in the audit log; who cannot read it (a reviewer) gets those now awaiting the customer.
  const { canAccess: readsLog } = useCanAccess({ resource: 'audit-events', action: 'list' });
  const infoLink = (id: number) => (readsLog ? infoRequestsLog(range, id) : reviewerQueue(id, 'awaiting_customer'));
  const open = (kind: Kind, id: number) =>
    navigate(kind === 'infoRequested' ? infoLink(id) : decidedQueue(range, id, [STATUS_OF[kind]]), FROM_THE_TOP);
  return (
    <ChartCard
      id="throughput"
      title="dashboard.charts.throughput.title"
      units="dashboard.charts.throughput.units"
      empty={data.length === 0}
      loading={loading}
      link={decidedQueue(range, reviewerId)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={colors.grid} vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 11, fill: colors.text }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: colors.text }} />
          <Tooltip {...colors.tooltip} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {KINDS.map((kind) => (
            <Bar
              key={kind}
              dataKey={kind}
              name={translate(`dashboard.charts.throughput.kinds.${kind}`)}
              stackId="throughput"
              fill={kindColor[kind]}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(_bar, index) => {
                const row = data[index];
                if (row) open(kind, row.reviewerId);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
