import { DataTable, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { PanelTable } from '../common/PanelTable.tsx';
import { EnumField } from '../common/EnumField.tsx';
import { MoneyField } from '../common/MoneyField.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { Order } from '../types.ts';

const Column = DataTable.Col<Order>;

/** An account's orders, inside a ReferenceManyField; open ones are what blocks an approval. */
export const OrderTable = () => {
  const translate = useTranslate();
  return (
    <PanelTable<Order>
      emptyTitle={translate('resources.requests.show.no_orders')}
      rowSx={(record) => (record.status === 'open' ? { bgcolor: 'action.hover' } : {})}
    >
      <Column source="orderNumber" disableSort />
      <Column source="name" disableSort />
      <Column source="kind" disableSort field={EnumField} />
      <Column source="status" disableSort render={() => <StatusChip resource="orders" />} />
      <Column source="amountFen" disableSort align="right" field={MoneyField} />
      <Column source="createdAt" disableSort render={() => <DateTimeField source="createdAt" dateOnly />} />
      <Column source="endsAt" disableSort render={() => <DateTimeField source="endsAt" dateOnly />} />
    </PanelTable>
  );
};
