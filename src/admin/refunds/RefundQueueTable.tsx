import { DataTable, useCanAccess, useListContext } from 'react-admin';
import { CellText } from '../common/CellText.tsx';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { MoneyField } from '../common/MoneyField.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { Refund } from '../types.ts';
import { RefundBulkActions } from './RefundBulkActions.tsx';
import { RefundWhyNotField } from './RefundWhyNotField.tsx';
import { activeRefundTab } from './refundTabs.ts';

const Column = DataTable.Col<Refund>;
const TABLE_SX = { '& td.column-id': { fontWeight: 600, whiteSpace: 'nowrap' } } as const;

/**
 * The queue's rows. Columns follow the tab: the payout reference where
 * refunds are paid (and when, on 已付款), the failure reason (its own column)
 * where they failed, the rejection reason on 已驳回, and for finance why a
 * row's next step is not theirs.
 */
export const RefundQueueTable = () => {
  const { filterValues } = useListContext();
  const { canAccess: mayApprove } = useCanAccess({ resource: 'refunds', action: 'approve' });
  const tab = activeRefundTab(filterValues);
  const shows = (...tabs: (typeof tab)[]) => tab === false || tab === 'all' || tabs.includes(tab);
  return (
    <DataTable
      rowClick="show"
      bulkActionButtons={mayApprove && shows('to_approve') ? <RefundBulkActions /> : false}
      size="small"
      sx={TABLE_SX}
    >
      <Column source="id" render={(r) => `#${r.id}`} />
      <Column
        source="accountId"
        disableSort
        render={(r) => (
          <>
            <CellText className="nowrap block">{r.accountNumber}</CellText>
            <CellText className="caption secondary block">{r.holderName}</CellText>
          </>
        )}
      />
      <Column
        source="requestId"
        disableSort
        render={(r) => <CellText className="nowrap">{r.requestNumber ?? '—'}</CellText>}
      />
      <Column source="amountFen" align="right" field={MoneyField} />
      <Column source="status" render={() => <StatusChip />} />
      <Column source="approvals" disableSort render={(r) => `${r.approvals.length} / ${r.approvalsNeeded}`} />
      <Column source="createdAt" render={() => <DateTimeField source="createdAt" relative />} />
      {shows('paid') && (
        <Column
          source="payoutReference"
          disableSort
          render={(r) => <CellText className="nowrap">{r.payoutReference ?? ''}</CellText>}
        />
      )}
      {tab === 'paid' && <Column source="paidAt" render={() => <DateTimeField source="paidAt" />} />}
      {shows('failed') && <Column source="failureReason" disableSort render={(r) => r.failureReason ?? ''} />}
      {tab === 'rejected' && <Column source="rejectionReason" disableSort render={(r) => r.rejectionReason ?? ''} />}
      {/* On 待我审批 every row is yours by definition: the column would stay empty. */}
      {mayApprove && shows('to_pay', 'failed') && (
        <Column source="whyNot" disableSort label="resources.refunds.fields.whyNot" field={RefundWhyNotField} />
      )}
    </DataTable>
  );
};
