import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { DEFAULT_SLA_POLICY } from '../../domain/sla.ts';
import type { HistogramBucket, StatsRange } from '../../domain/turnaroundStatsTypes.ts';
import { ChartCard } from './ChartCard.tsx';
import { decidedQueue, FROM_THE_TOP, histogramQueue } from './queueLinks.ts';
import { useChartColors } from './useChartColors.ts';

const bucketLabel = ({ from, to }: HistogramBucket) => (to === null ? `>${from}` : `${from}–${to}`);

/** The bucket whose upper edge is `days`: the SLA lines are drawn at its right edge. */
const edgeAt = (buckets: HistogramBucket[], days: number) => {
  const bucket = buckets.find((b) => b.to === days);
  return bucket && bucketLabel(bucket);
};

interface Props {
  histogram: HistogramBucket[] | undefined;
  range: StatsRange;
  reviewerId?: number;
  loading: boolean;
}

/** How long decisions took, in half working days, with the at-risk (3) and due (7) lines. */
export const TurnaroundHistogramChart = ({ histogram = [], range, reviewerId, loading }: Props) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const colors = useChartColors();
  const data = histogram.map((bucket) => ({ ...bucket, label: bucketLabel(bucket) }));
  const lines = [
    { at: edgeAt(histogram, DEFAULT_SLA_POLICY.riskWorkingDays), key: 'risk_line', color: colors.atRisk },
    { at: edgeAt(histogram, DEFAULT_SLA_POLICY.dueWorkingDays), key: 'due_line', color: colors.breached },
  ];
  return (
    <ChartCard
      id="histogram"
      title="dashboard.charts.histogram.title"
      units="dashboard.charts.histogram.units"
      empty={histogram.every((b) => b.count === 0)}
      loading={loading}
      link={decidedQueue(range, reviewerId)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 16, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={colors.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: colors.text }} interval={1} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: colors.text }} />
          <Tooltip
            {...colors.tooltip}
            labelFormatter={(label) => translate('dashboard.charts.histogram.tooltip_label', { range: String(label) })}
            formatter={(value) => [value as number, translate('dashboard.charts.histogram.count')]}
          />
          <Bar
            dataKey="count"
            fill={colors.primary}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(_bar, index) => {
              const bucket = histogram[index];
              if (bucket) navigate(histogramQueue(range, bucket, reviewerId), FROM_THE_TOP);
            }}
          />
          {lines.map(
            ({ at, key, color }) =>
              at && (
                <ReferenceLine
                  key={key}
                  x={at}
                  position="end"
                  stroke={color}
                  strokeDasharray="4 2"
                  label={{
                    value: translate(`dashboard.charts.histogram.${key}`),
                    fill: color,
                    fontSize: 11,
                    position: 'top',
                  }}
                />
              ),
          )}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
