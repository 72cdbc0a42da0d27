import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { BacklogAge, BacklogRow } from '../../domain/turnaroundStatsTypes.ts';
import { OPEN_STATUSES } from '../../domain/vocabulary.ts';
import { ChartCard } from './ChartCard.tsx';
import { backlogQueue, FROM_THE_TOP, openQueue } from './queueLinks.ts';
import { useChartColors } from './useChartColors.ts';

const AGES: BacklogAge[] = ['on_track', 'at_risk', 'breached', 'unknown'];

interface Props {
  backlog: BacklogRow[] | undefined;
  reviewerId?: number;
  loading: boolean;
}

/** Open requests now by SLA age (<3, 3-7, >7 working days), stacked by status; a segment opens those requests. */
export const BacklogAgingChart = ({ backlog = [], reviewerId, loading }: Props) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const colors = useChartColors();
  const statusColor = { submitted: colors.info, in_review: colors.secondary, awaiting_customer: colors.unknown };
  const countOf = (status: string, age: BacklogAge) => backlog.find((row) => row.status === status)?.age[age] ?? 0;
  // The "unknown" column only when a calendar gap put something in it.
  const ages = AGES.filter((age) => age !== 'unknown' || OPEN_STATUSES.some((s) => countOf(s, age) > 0));
  const data = ages.map((age) => ({
    age,
    label: translate(`dashboard.charts.backlog.ages.${age}`),
    ...Object.fromEntries(OPEN_STATUSES.map((status) => [status, countOf(status, age)])),
  }));
  const empty = ages.every((age) => OPEN_STATUSES.every((status) => countOf(status, age) === 0));
  return (
    <ChartCard
      id="backlog"
      title="dashboard.charts.backlog.title"
      units="dashboard.charts.backlog.units"
      empty={empty}
      loading={loading}
      link={openQueue(reviewerId)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={colors.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: colors.text }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: colors.text }} />
          <Tooltip {...colors.tooltip} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {OPEN_STATUSES.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={translate(`resources.requests.enums.status.${status}`)}
              stackId="backlog"
              fill={statusColor[status]}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(_bar, index) => {
                const age = ages[index];
                if (age) navigate(backlogQueue(status, age, reviewerId), FROM_THE_TOP);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
