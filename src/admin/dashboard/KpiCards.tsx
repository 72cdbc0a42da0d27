import { Box, Card, Skeleton, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { StatsRange } from '../../domain/turnaroundStatsTypes.ts';
import type { Kpi } from './kpiFigures.ts';

const formatNumber = (value: number, locale: string, unit: Kpi['unit']) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 'count' ? 0 : unit === 'percent' ? 1 : 2 }).format(
    value,
  );

/** "+0.4 工作日 较上期" in green when it is good news, red when bad, grey when flat or unknown. */
const Change = ({ kpi, previous }: { kpi: Kpi; previous: StatsRange }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (kpi.change === null) {
    return (
      <Typography variant="caption" color="text.secondary">
        {translate(kpi.id === 'backlog' ? 'dashboard.kpi.now' : 'dashboard.kpi.no_change')}
      </Typography>
    );
  }
  const good = kpi.change === 0 ? null : kpi.change > 0 === kpi.higherIsBetter;
  const sign = kpi.change > 0 ? '+' : kpi.change < 0 ? '−' : '±';
  const amount = formatNumber(Math.abs(kpi.change), locale, kpi.unit);
  return (
    <Typography
      variant="caption"
      title={translate('dashboard.kpi.previous_range', { from: previous.from, to: previous.to })}
      sx={{ color: good === null ? 'text.secondary' : good ? 'success.main' : 'error.main' }}
    >
      {translate(`dashboard.kpi.change_${kpi.unit}`, { change: `${sign}${amount}` })}
    </Typography>
  );
};

interface Props {
  kpis: Kpi[];
  previous: StatsRange;
  loading: boolean;
}

/** Median, p90, share within SLA, open breaches and backlog, each with its change against the previous period. */
export const KpiCards = ({ kpis, previous, loading }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(170px, 1fr))', mb: 2 }}
      role="list"
    >
      {kpis.map((kpi) => (
        <Card key={kpi.id} role="listitem" data-kpi={kpi.id} sx={{ px: 2, py: 1.5 }}>
          <Typography variant="body2" color="text.secondary">
            {translate(`dashboard.kpi.${kpi.id}`)}
          </Typography>
          {loading ? (
            <Skeleton width={80} height={36} />
          ) : (
            <Typography variant="h5" component="p" data-value sx={{ fontVariantNumeric: 'tabular-nums', my: 0.25 }}>
              {kpi.value === null ? translate('app.none') : formatNumber(kpi.value, locale, kpi.unit)}
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 0.5 }}>
                {translate(`dashboard.kpi.unit_${kpi.unit}`)}
              </Typography>
            </Typography>
          )}
          {!loading && <Change kpi={kpi} previous={previous} />}
        </Card>
      ))}
    </Box>
  );
};
