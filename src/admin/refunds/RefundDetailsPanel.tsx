import { useRecordContext, useTranslate } from 'react-admin';
import { Panel } from '../common/Panel.tsx';
import { PropertyList } from '../common/PropertyList.tsx';
import { ResourceLink } from '../common/ResourceLink.tsx';
import { DateTimeField } from '../common/DateTimeField.tsx';
import type { Refund } from '../types.ts';

/**
 * Whose money and why: the account and the request (links where the role may
 * open them), who asked, and the outcome. The failure reason has its own line,
 * never under the payout reference.
 */
export const RefundDetailsPanel = () => {
  const refund = useRecordContext<Refund>();
  const translate = useTranslate();
  if (!refund) return null;
  const label = (field: string) => translate(`resources.refunds.fields.${field}`);
  const items = [
    {
      label: label('accountId'),
      value: (
        <ResourceLink resource="accounts" type="show" id={refund.accountId}>
          {refund.accountNumber} · {refund.holderName}
        </ResourceLink>
      ),
    },
    {
      label: label('requestId'),
      value:
        refund.requestId != null ? (
          <ResourceLink resource="requests" type="show" id={refund.requestId}>
            {refund.requestNumber ?? `#${refund.requestId}`}
          </ResourceLink>
        ) : (
          translate('resources.refunds.show.on_request')
        ),
    },
    { label: label('requestedBy'), value: refund.requestedByName ?? translate('resources.refunds.show.system') },
    ...(refund.reason ? [{ label: label('requestReason'), value: refund.reason }] : []),
    { label: label('createdAt'), value: <DateTimeField source="createdAt" /> },
    ...(refund.payoutReference ? [{ label: label('payoutReference'), value: refund.payoutReference }] : []),
    ...(refund.paidAt ? [{ label: label('paidAt'), value: <DateTimeField source="paidAt" /> }] : []),
    ...(refund.failureReason ? [{ label: label('failureReason'), value: refund.failureReason }] : []),
    ...(refund.rejectionReason ? [{ label: label('rejectionReason'), value: refund.rejectionReason }] : []),
  ];
  return (
    <Panel title={translate('resources.refunds.show.details')}>
      <PropertyList items={items} />
    </Panel>
  );
};
