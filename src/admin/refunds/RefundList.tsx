import { DataTable, ExportButton, FilterButton, List, TopToolbar, useCanAccess } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { ListError } from '../common/ListError.tsx';
import { MoneyField } from '../common/MoneyField.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { Refund } from '../types.ts';
import { RefundBulkActions } from './RefundBulkActions.tsx';
import { RefundTabs } from './RefundTabs.tsx';
import { RefundWhyNotField } from './RefundWhyNotField.tsx';
import { refundFilters } from './refundFilters.tsx';
import { DEFAULT_REFUND_FILTER } from './refundTabs.ts';
import { useRefundExporter } from './useRefundExporter.ts';

const Column = DataTable.Col<Refund>;
const TABLE_SX = { '& td.column-id': { fontWeight: 600, whiteSpace: 'nowrap' } } as const;

const ListActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <FilterButton />
    <ExportButton maxResults={10_000} />
  </TopToolbar>
);

/**
 * Finance's queue: tabs (待我审批 first) with counts, filters above, amounts
 * right-aligned, and on each row why you may not take its next step. The
 * failure reason has its own column, never under the payout reference.
 */
const RefundList = () => {
  const exporter = useRefundExporter();
  const { canAccess: mayApprove } = useCanAccess({ resource: 'refunds', action: 'approve' });
  return (
    <List
      filters={refundFilters}
      filterDefaultValues={DEFAULT_REFUND_FILTER}
      sort={{ field: 'createdAt', order: 'ASC' }}
      perPage={25}
      actions={<ListActions />}
      exporter={exporter}
      empty={false}
      error={<ListError />}
    >
      <RefundTabs />
      <DataTable
        rowClick="show"
        bulkActionButtons={mayApprove ? <RefundBulkActions /> : false}
        size="small"
        sx={TABLE_SX}
      >
        <Column source="id" render={(r) => `#${r.id}`} />
        <Column source="accountId" disableSort render={(r) => `${r.accountNumber} · ${r.holderName}`} />
        <Column source="requestId" disableSort render={(r) => r.requestNumber ?? '—'} />
        <Column source="amountFen" align="right" field={MoneyField} />
        <Column source="status" render={() => <StatusChip />} />
        <Column source="approvals" disableSort render={(r) => `${r.approvals.length} / ${r.approvalsNeeded}`} />
        <Column source="createdAt" render={() => <DateTimeField source="createdAt" relative />} />
        <Column source="payoutReference" disableSort render={(r) => r.payoutReference ?? ''} />
        <Column source="failureReason" disableSort render={(r) => r.failureReason ?? ''} />
        {mayApprove && (
          <Column source="whyNot" disableSort label="resources.refunds.fields.whyNot" field={RefundWhyNotField} />
        )}
      </DataTable>
    </List>
  );
};

export default RefundList;
