import { Box, Card, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatFen } from '../../domain/money.ts';
import type { RefundFigures } from '../../domain/turnaroundStatsTypes.ts';
import type { Language } from '../../domain/vocabulary.ts';

/** Refunds waiting now (count and amount) and the median time from last approval to payment in the range. */
export const RefundKpis = ({ refunds }: { refunds: RefundFigures }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const cards = [
    {
      id: 'pending',
      value: formatFen(refunds.pendingFen, locale as Language),
      note: translate('dashboard.refund_kpi.pending_count', { count: refunds.pendingCount }),
    },
    {
      id: 'to_payment',
      value:
        refunds.medianHoursToPayment === null
          ? translate('app.none')
          : translate('dashboard.refund_kpi.hours', { hours: refunds.medianHoursToPayment }),
      note: translate('dashboard.refund_kpi.to_payment_note'),
    },
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', mb: 2 }}>
      {cards.map((card) => (
        <Card key={card.id} data-kpi={`refunds-${card.id}`} sx={{ px: 2, py: 1.5 }}>
          <Typography variant="body2" color="text.secondary">
            {translate(`dashboard.refund_kpi.${card.id}`)}
          </Typography>
          <Typography variant="h5" component="p" sx={{ fontVariantNumeric: 'tabular-nums', my: 0.25 }}>
            {card.value}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {card.note}
          </Typography>
        </Card>
      ))}
    </Box>
  );
};
