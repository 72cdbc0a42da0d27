import type { ReactNode } from 'react';
import { Box, Card, Skeleton, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { EmptyState } from '../common/EmptyState.tsx';

interface ChartCardProps {
  /** i18n key of the chart's name, e.g. 'dashboard.charts.histogram.title'. */
  title: string;
  /** i18n key of what the axes count, shown under the title. */
  units: string;
  /** Nothing to draw for this range: say so instead of empty axes. */
  empty: boolean;
  loading?: boolean;
  /** For tests and the browser scenario: `data-chart` on the card. */
  id: string;
  /** The list behind the whole chart: the way there for a keyboard (bars answer the mouse). */
  link?: string;
  children: ReactNode;
}

export const CHART_HEIGHT = 240;

/** A dashboard chart's frame: title, units, and the empty or loading state in place of the chart. */
export const ChartCard = ({ title, units, empty, loading = false, id, link, children }: ChartCardProps) => {
  const translate = useTranslate();
  return (
    <Card component="section" data-chart={id} aria-label={translate(title)} sx={{ p: 2, minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
        <Typography variant="subtitle2" component="h2" sx={{ flex: 1 }}>
          {translate(title)}
        </Typography>
        {link && !empty && (
          <Typography variant="caption" component={Link} to={link} state={{ _scrollToTop: true }} color="primary">
            {translate('dashboard.open_list')}
          </Typography>
        )}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate(units)}
      </Typography>
      <Box sx={{ height: CHART_HEIGHT }}>
        {loading ? (
          <Skeleton variant="rounded" height={CHART_HEIGHT} />
        ) : empty ? (
          <EmptyState dense title={translate('dashboard.empty.title')} message={translate('dashboard.empty.message')} />
        ) : (
          children
        )}
      </Box>
    </Card>
  );
};
