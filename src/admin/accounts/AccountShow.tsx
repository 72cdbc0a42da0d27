import { Box } from '@mui/material';
import { CanAccess, ReferenceManyField, Show, useTranslate } from 'react-admin';
import { Panel } from '../common/Panel.tsx';
import { OrderTable } from '../orders/OrderTable.tsx';
import { CreateRefundButton } from '../refunds/create/CreateRefundButton.tsx';
import { RefundTable } from '../refunds/RefundTable.tsx';
import { AccountProfilePanel } from './AccountProfilePanel.tsx';
import { AccountRequestsPanel } from './AccountRequestsPanel.tsx';

/**
 * An account: its profile on the right; its requests, orders and refunds on the
 * left, each for the roles that may list them (an admin sees the profile alone).
 */
const AccountShow = () => {
  const translate = useTranslate();
  return (
    <Show component="div" actions={false}>
      <Box
        sx={{
          mt: 1,
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(320px, 1fr)' },
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          <CanAccess resource="requests" action="list">
            <AccountRequestsPanel />
          </CanAccess>
          <CanAccess resource="orders" action="list">
            <Panel title={translate('resources.requests.show.orders')} flush>
              <ReferenceManyField
                reference="orders"
                target="accountId"
                perPage={50}
                sort={{ field: 'id', order: 'DESC' }}
              >
                <OrderTable />
              </ReferenceManyField>
            </Panel>
          </CanAccess>
          <CanAccess resource="refunds" action="list">
            <Panel title={translate('resources.requests.show.refunds')} extra={<CreateRefundButton />} flush>
              <ReferenceManyField
                reference="refunds"
                target="accountId"
                perPage={20}
                sort={{ field: 'id', order: 'DESC' }}
              >
                <RefundTable />
              </ReferenceManyField>
            </Panel>
          </CanAccess>
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <AccountProfilePanel />
        </Box>
      </Box>
    </Show>
  );
};

export default AccountShow;
