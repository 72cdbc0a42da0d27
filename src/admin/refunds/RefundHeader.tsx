import { Card, Stack, Typography } from '@mui/material';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { Button, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatFen } from '../../domain/money.ts';
import { StatusChip } from '../common/StatusChip.tsx';
import type { Refund } from '../types.ts';
import { RefundActionBar } from './actions/RefundActionBar.tsx';

/** Back to the refunds; number, amount, status and approvals so far, with the actions beside them. */
export const RefundHeader = () => {
  const refund = useRecordContext<Refund>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!refund) return null;
  return (
    <Card sx={{ mb: 2, px: 2, py: 1.5 }}>
      <Button
        component={Link}
        to={createPath({ resource: 'refunds', type: 'list' })}
        label="resources.refunds.show.back"
        size="small"
        sx={{ ml: -1, mb: 0.5 }}
      >
        <ArrowBack />
      </Button>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 1 }}
      >
        <Stack direction="row" spacing={1.25} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1">
            {translate('resources.refunds.show.title', { id: refund.id })}
          </Typography>
          <Typography variant="h5" component="span" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
            {formatFen(refund.amountFen)}
          </Typography>
          <StatusChip resource="refunds" value={refund.status} />
          <Typography variant="body2" color="text.secondary">
            {translate('resources.refunds.show.approvals_progress', {
              given: refund.approvals.length,
              needed: refund.approvalsNeeded,
            })}
          </Typography>
        </Stack>
        <RefundActionBar />
      </Stack>
    </Card>
  );
};
