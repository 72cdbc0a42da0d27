import { ReferenceManyField, useTranslate } from 'react-admin';
import { Panel } from '../common/Panel.tsx';
import { OrderTable } from '../orders/OrderTable.tsx';
import { ORDERS_PANEL } from './requestPageQueries.ts';

/**
 * The account's orders, as the approval checklist sees them: the same query
 * as its useAccountOrders, so the page reads them once.
 */
export const OrdersPanel = () => {
  const translate = useTranslate();
  return (
    <Panel title={translate('resources.requests.show.orders')} flush>
      <ReferenceManyField reference="orders" target="accountId" source="accountId" {...ORDERS_PANEL}>
        <OrderTable />
      </ReferenceManyField>
    </Panel>
  );
};
