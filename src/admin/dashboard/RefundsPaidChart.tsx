import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { formatFen } from '../../domain/money.ts';
import type { RefundFigures } from '../../domain/turnaroundStatsTypes.ts';
import type { Language } from '../../domain/vocabulary.ts';
import { ChartCard } from './ChartCard.tsx';
import { paidRefunds, FROM_THE_TOP } from './queueLinks.ts';
import { useChartColors } from './useChartColors.ts';
import { weekTooltipLabel } from './weekTooltipLabel.ts';

interface Props {
  refunds: RefundFigures | undefined;
  loading: boolean;
}

/** Refunds paid out per ISO week, in yuan; a bar opens the paid refunds. */
export const RefundsPaidChart = ({ refunds, loading }: Props) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [locale] = useLocaleState();
  const colors = useChartColors();
  const weeks = refunds?.paidWeekly ?? [];
  // Yuan on the axis (fen would read as a hundred times too much); exact fen in the tooltip.
  const data = weeks.map((w) => ({ ...w, label: w.week.slice(5), yuan: w.paidFen / 100 }));
  return (
    <ChartCard
      id="refunds"
      title="dashboard.charts.refunds.title"
      units="dashboard.charts.refunds.units"
      empty={weeks.every((w) => w.paidCount === 0)}
      loading={loading}
      link={paidRefunds()}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={colors.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: colors.text }} />
          <YAxis tick={{ fontSize: 11, fill: colors.text }} />
          <Tooltip
            {...colors.tooltip}
            labelFormatter={weekTooltipLabel(translate)}
            formatter={(_value, _name, item) => {
              const week = item.payload as (typeof data)[number];
              return [
                translate('dashboard.charts.refunds.tooltip_value', {
                  amount: formatFen(week.paidFen, locale as Language),
                  count: week.paidCount,
                }),
                translate('dashboard.charts.refunds.paid'),
              ];
            }}
          />
          <Bar
            dataKey="yuan"
            fill={colors.secondary}
            cursor="pointer"
            isAnimationActive={false}
            onClick={() => navigate(paidRefunds(), FROM_THE_TOP)}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
