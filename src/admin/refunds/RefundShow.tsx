import { Box } from '@mui/material';
import { Show } from 'react-admin';
import { RefundApprovalsPanel } from './RefundApprovalsPanel.tsx';
import { RefundDetailsPanel } from './RefundDetailsPanel.tsx';
import { RefundHeader } from './RefundHeader.tsx';
import { RefundHistoryPanel } from './RefundHistoryPanel.tsx';
import { RefundLedgerPanel } from './RefundLedgerPanel.tsx';

/** A refund's page: header with the actions, then details, approvals and the ledger left, history right. */
const RefundShow = () => (
  <Show actions={false} component="div">
    <Box sx={{ mt: 1 }}>
      <RefundHeader />
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(320px, 1fr)' } }}
      >
        <Box sx={{ minWidth: 0 }}>
          <RefundDetailsPanel />
          <RefundApprovalsPanel />
          <RefundLedgerPanel />
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <RefundHistoryPanel />
        </Box>
      </Box>
    </Box>
  </Show>
);

export default RefundShow;
