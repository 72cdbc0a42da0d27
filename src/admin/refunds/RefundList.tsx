import { ExportButton, FilterButton, List, TopToolbar } from 'react-admin';
import { ListError } from '../common/ListError.tsx';
import { RefundQueueTable } from './RefundQueueTable.tsx';
import { RefundTabs } from './RefundTabs.tsx';
import { refundFilters } from './refundFilters.tsx';
import { DEFAULT_REFUND_FILTER } from './refundTabs.ts';
import { useRefundExporter } from './useRefundExporter.ts';

const ListActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <FilterButton />
    {/* The API's page limit: an export of more would be refused, not cut short. */}
    <ExportButton maxResults={1000} />
  </TopToolbar>
);

/** Finance's queue: tabs (待我审批 first) with counts, filters above, the rows; export takes the current filter. */
const RefundList = () => (
  <List
    filters={refundFilters}
    filterDefaultValues={DEFAULT_REFUND_FILTER}
    sort={{ field: 'createdAt', order: 'ASC' }}
    perPage={25}
    actions={<ListActions />}
    exporter={useRefundExporter()}
    empty={false}
    error={<ListError />}
  >
    <RefundTabs />
    <RefundQueueTable />
  </List>
);

export default RefundList;
