import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { StatsRange, WeekFigures } from '../../domain/turnaroundStatsTypes.ts';
import { ChartCard } from './ChartCard.tsx';
import { decidedQueue, weekRange, FROM_THE_TOP } from './queueLinks.ts';
import { useChartColors } from './useChartColors.ts';
import { weekTooltipLabel } from './weekTooltipLabel.ts';

interface Props {
  weekly: WeekFigures[] | undefined;
  /** The answer's slaTargetShare: the goal line. */
  target: number | undefined;
  range: StatsRange;
  reviewerId?: number;
  loading: boolean;
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Share decided within 7 working days, per ISO week, against the target line. */
export const WeeklyShareChart = ({ weekly = [], target, range, reviewerId, loading }: Props) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const colors = useChartColors();
  const data = weekly.map((w) => ({ ...w, label: w.week.slice(5), percent: percent(w.share) }));
  return (
    <ChartCard
      id="weekly"
      title="dashboard.charts.weekly.title"
      units="dashboard.charts.weekly.units"
      empty={weekly.every((w) => w.share === null)}
      loading={loading}
      link={decidedQueue(range, reviewerId)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 16, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={colors.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: colors.text }} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11, fill: colors.text }} />
          <Tooltip
            {...colors.tooltip}
            labelFormatter={weekTooltipLabel(translate)}
            formatter={(value, _name, item) => {
              const week = item.payload as WeekFigures;
              return [
                translate('dashboard.charts.weekly.tooltip_value', {
                  percent: value as number,
                  met: week.met,
                  decided: week.decided,
                  breached: week.openBreached,
                }),
                translate('dashboard.charts.weekly.share'),
              ];
            }}
          />
          <Bar
            dataKey="percent"
            fill={colors.onTrack}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(_bar, index) => {
              const week = weekly[index];
              if (week) navigate(decidedQueue(weekRange(week.start, range), reviewerId), FROM_THE_TOP);
            }}
          />
          {target !== undefined && (
            <ReferenceLine
              y={target * 100}
              stroke={colors.breached}
              strokeDasharray="4 2"
              label={{
                value: translate('dashboard.charts.weekly.target', { percent: percent(target) }),
                fill: colors.breached,
                fontSize: 11,
                position: 'insideBottomRight',
              }}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
