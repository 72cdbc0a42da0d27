import { ReferenceManyField, useTranslate } from 'react-admin';
import { Panel } from '../common/Panel.tsx';
import { OrderTable } from '../orders/OrderTable.tsx';

/** The account's orders, as the approval checklist sees them. */
export const OrdersPanel = () => {
    const translate = useTranslate();
    return (
        <Panel title={translate('resources.requests.show.orders')} flush>
            <ReferenceManyField reference="orders" target="accountId" source="accountId" perPage={50} sort={{ field: 'id', order: 'ASC' }}>
                <OrderTable />
            </ReferenceManyField>
        </Panel>
    );
};
