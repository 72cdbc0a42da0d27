import { DataTable, ExportButton, List, ReferenceField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { ListError } from '../common/ListError.tsx';
import { MoneyField } from '../common/MoneyField.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { Refund } from '../types.ts';
import { refundFilters } from './refundFilters.tsx';

const Column = DataTable.Col<Refund>;

/** Finance's list: refunds waiting for approval first. Approve/pay actions come next. */
const RefundList = () => (
  <List
    filters={refundFilters}
    filterDefaultValues={{ status: 'pending_approval' }}
    sort={{ field: 'createdAt', order: 'ASC' }}
    perPage={25}
    actions={
      <TopToolbar>
        <ExportButton />
      </TopToolbar>
    }
    error={<ListError />}
  >
    <DataTable bulkActionButtons={false} rowClick={false} size="small">
      <Column source="id" render={(r) => `#${r.id}`} />
      <Column source="requestId" disableSort>
        <ReferenceField source="requestId" reference="requests" />
      </Column>
      <Column source="accountId" disableSort>
        <ReferenceField source="accountId" reference="accounts" />
      </Column>
      <Column source="amountFen" align="right" field={MoneyField} />
      <Column source="status" render={() => <StatusChip />} />
      <Column source="createdAt" render={() => <DateTimeField source="createdAt" relative />} />
      <Column source="paidAt" disableSort render={() => <DateTimeField source="paidAt" />} />
    </DataTable>
  </List>
);

export default RefundList;
