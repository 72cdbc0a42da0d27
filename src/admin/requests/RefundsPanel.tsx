import { ReferenceManyField, useTranslate } from 'react-admin';
import { Panel } from '../common/Panel.tsx';
import { RefundTable } from '../refunds/RefundTable.tsx';
import { REFUNDS_PANEL } from './requestPageQueries.ts';

/**
 * Refunds created for this request (one, when it was approved with a balance),
 * re-read every 30 s so the status is the live one while finance works it.
 */
export const RefundsPanel = () => {
  const translate = useTranslate();
  return (
    <Panel title={translate('resources.requests.show.refunds')} flush>
      <ReferenceManyField
        reference="refunds"
        target="requestId"
        {...REFUNDS_PANEL}
        queryOptions={{ refetchInterval: 30_000 }}
      >
        <RefundTable />
      </ReferenceManyField>
    </Panel>
  );
};
