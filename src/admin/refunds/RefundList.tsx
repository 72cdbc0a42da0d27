import { ExportButton, FilterButton, List, TopToolbar, useCanAccess } from 'react-admin';
import { ListError } from '../common/ListError.tsx';
import { RefundQueueTable } from './RefundQueueTable.tsx';
import { RefundTabs } from './RefundTabs.tsx';
import { refundFilters } from './refundFilters.tsx';
import { defaultRefundFilter } from './refundTabs.ts';
import { useRefundExporter } from './useRefundExporter.ts';

const ListActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <FilterButton />
    {/* The API's page limit: an export of more would be refused, not cut short. */}
    <ExportButton maxResults={1000} />
  </TopToolbar>
);

/**
 * Finance's queue: tabs (待我审批 first) with counts, filters above, the rows;
 * export takes the current filter. Whoever may not approve (reviewers,
 * managers) opens on 全部, with no 待我审批 tab.
 */
const RefundList = () => {
  const exporter = useRefundExporter();
  const { canAccess: mayApprove, isPending } = useCanAccess({ resource: 'refunds', action: 'approve' });
  // The default tab depends on the role: wait for it rather than open on the wrong one.
  if (isPending) return null;
  return (
    <List
      filters={refundFilters}
      filterDefaultValues={defaultRefundFilter(!!mayApprove)}
      sort={{ field: 'createdAt', order: 'ASC' }}
      perPage={25}
      actions={<ListActions />}
      exporter={exporter}
      empty={false}
      error={<ListError />}
    >
      <RefundTabs mayApprove={!!mayApprove} />
      <RefundQueueTable />
    </List>
  );
};

export default RefundList;
