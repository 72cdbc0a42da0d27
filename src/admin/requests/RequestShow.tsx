import { Alert, Box } from '@mui/material';
import { Show, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { isOpenStatus } from '../../domain/vocabulary.ts';
import { formatDateTime } from '../common/format.ts';
import type { CancelRequest } from '../types.ts';
import { AccountPanel } from './AccountPanel.tsx';
import { ApprovalChecklist } from './ApprovalChecklist.tsx';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { NotificationsPanel } from './NotificationsPanel.tsx';
import { OrdersPanel } from './OrdersPanel.tsx';
import { RefundsPanel } from './RefundsPanel.tsx';
import { RequestDetailsPanel } from './RequestDetailsPanel.tsx';
import { RequestHeader } from './RequestHeader.tsx';
import { RequestNotFound } from './RequestNotFound.tsx';
import { RequestActionBar } from './actions/RequestActionBar.tsx';
import { NextRequestButton } from './actions/NextRequestButton.tsx';
import { Timeline } from './Timeline.tsx';

/** A line under the header for the states where nothing is expected of the reviewer right now. */
const StateNotice = () => {
  const record = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  if (record.decidedAt && !isOpenStatus(record.status)) {
    return (
      <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>
        {translate('resources.requests.show.decided', { date: formatDateTime(record.decidedAt, locale) })}
      </Alert>
    );
  }
  if (record.status === 'awaiting_customer') {
    return (
      <Alert severity="warning" variant="outlined" sx={{ mb: 2 }}>
        {translate('resources.requests.show.awaiting_customer')}
      </Alert>
    );
  }
  return null;
};

/** Side panels beside the evidence from 1280 px, below it stacked under it (the queue folds at the same width). */
const COLUMNS_SX = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: '1fr',
  '@media (min-width: 1280px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(320px, 1fr)' },
} as const;

/** The not-found page says it: no toast and no redirect to the queue on top of it. */
const QUIET_ERRORS = { onError: () => undefined };

const RequestShowLayout = () => {
  const record = useRecordContext<CancelRequest>();
  if (!record) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <RequestHeader actions={<RequestActionBar />} navigation={<NextRequestButton variant="text" />} />
      <StateNotice />
      <Box sx={COLUMNS_SX}>
        <Box sx={{ minWidth: 0 }}>
          {isOpenStatus(record.status) && <ApprovalChecklist />}
          <DocumentsPanel />
          <OrdersPanel />
          <RefundsPanel />
          <NotificationsPanel />
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <AccountPanel />
          <RequestDetailsPanel />
          <Timeline />
        </Box>
      </Box>
    </Box>
  );
};

/** A request's page: header (room for the action bar), checklist and evidence left, account and history right. */
const RequestShow = () => (
  <Show actions={false} component="div" error={<RequestNotFound />} queryOptions={QUIET_ERRORS}>
    <RequestShowLayout />
  </Show>
);

export default RequestShow;
