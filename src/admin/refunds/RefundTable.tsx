import { DataTable, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { PanelTable } from '../common/PanelTable.tsx';
import { MoneyField } from '../common/MoneyField.tsx';
import { ResourceLink } from '../common/ResourceLink.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { Refund } from '../types.ts';

const Column = DataTable.Col<Refund>;

/**
 * Refunds of a request or an account, inside a ReferenceManyField: each links
 * to its page; the failure reason has its own column, apart from the payout reference.
 */
export const RefundTable = () => {
  const translate = useTranslate();
  return (
    <PanelTable emptyTitle={translate('resources.requests.show.no_refunds')}>
      <Column
        source="id"
        disableSort
        render={(r) => (
          <ResourceLink
            resource="refunds"
            type="show"
            id={r.id}
            aria-label={translate('resources.refunds.show.open', { id: r.id })}
          >
            #{r.id}
          </ResourceLink>
        )}
      />
      <Column source="amountFen" disableSort align="right" field={MoneyField} />
      <Column source="status" disableSort render={() => <StatusChip resource="refunds" />} />
      <Column
        source="approvals"
        disableSort
        render={(r) =>
          translate('resources.refunds.show.approvals_progress', {
            given: r.approvals.length,
            needed: r.approvalsNeeded,
          })
        }
      />
      <Column source="payoutReference" disableSort render={(r) => r.payoutReference ?? '—'} />
      <Column
        source="reason"
        label="resources.refunds.fields.reason"
        disableSort
        render={(r) => r.failureReason ?? r.rejectionReason ?? '—'}
      />
      <Column source="createdAt" disableSort render={() => <DateTimeField source="createdAt" />} />
      <Column source="paidAt" disableSort render={() => <DateTimeField source="paidAt" />} />
    </PanelTable>
  );
};
