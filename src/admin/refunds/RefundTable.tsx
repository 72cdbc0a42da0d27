import { DataTable, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { PanelTable } from '../common/PanelTable.tsx';
import { MoneyField } from '../common/MoneyField.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { Refund } from '../types.ts';

const Column = DataTable.Col<Refund>;

/** Refunds of a request or an account, inside a ReferenceManyField. */
export const RefundTable = () => {
  const translate = useTranslate();
  return (
    <PanelTable emptyTitle={translate('resources.requests.show.no_refunds')}>
      <Column source="id" disableSort render={(r) => `#${r.id}`} />
      <Column source="amountFen" disableSort align="right" field={MoneyField} />
      <Column source="status" disableSort render={() => <StatusChip resource="refunds" />} />
      <Column
        source="approvalsNeeded"
        disableSort
        render={(r) => translate('resources.refunds.approvals', { smart_count: r.approvalsNeeded })}
      />
      <Column
        source="payoutReference"
        disableSort
        render={(r) => r.payoutReference ?? r.failureReason ?? r.rejectionReason ?? '—'}
      />
      <Column source="createdAt" disableSort render={() => <DateTimeField source="createdAt" />} />
      <Column source="paidAt" disableSort render={() => <DateTimeField source="paidAt" />} />
    </PanelTable>
  );
};
