import { useRecordContext, useTranslate } from 'react-admin';
import { Panel } from '../common/Panel.tsx';
import { PropertyList, type Property } from '../common/PropertyList.tsx';
import type { CancelRequest } from '../types.ts';
import { EditNoteButton } from './note/EditNoteButton.tsx';

/** What the customer asked and why, and what staff wrote back. */
export const RequestDetailsPanel = () => {
  const record = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  if (!record) return null;
  const f = (field: string) => translate(`resources.requests.fields.${field}`);
  const e = (field: string, value: string) => translate(`resources.requests.enums.${field}.${value}`);
  const items: Property[] = [
    { label: f('accountNumber'), value: record.accountNumber },
    { label: f('accountType'), value: e('accountType', record.accountType) },
    { label: f('reasonCode'), value: e('reasonCode', record.reasonCode) },
    { label: f('reasonText'), value: record.reasonText || '—' },
    {
      label: f('filedBy'),
      value:
        record.filedBy === 'agent'
          ? translate('resources.requests.show.filed_by_agent', { name: record.agentName ?? '—' })
          : e('filedBy', record.filedBy),
    },
    { label: f('channel'), value: e('channel', record.channel) },
  ];
  // What the customer was asked for matters while they are expected to answer; afterwards the timeline keeps it.
  const asking = record.status === 'awaiting_customer';
  if (asking && record.requestedDocTypes.length > 0) {
    items.push({
      label: f('requestedDocTypes'),
      value: record.requestedDocTypes
        .map((t) => translate(`resources.documents.enums.type.${t}`))
        .join(translate('app.list_separator')),
    });
  }
  if (asking && record.infoRequestMessage)
    items.push({ label: f('infoRequestMessage'), value: record.infoRequestMessage });
  if (record.rejectReasonCode)
    items.push({ label: f('rejectReasonCode'), value: e('rejectReasonCode', record.rejectReasonCode) });
  if (record.customerMessage) items.push({ label: f('customerMessage'), value: record.customerMessage });
  // A note is written in lines (the editor is a text box): they stay lines here.
  if (record.internalNote)
    items.push({
      label: f('internalNote'),
      value: <span style={{ whiteSpace: 'pre-wrap' }}>{record.internalNote}</span>,
    });
  return (
    <Panel title={translate('resources.requests.show.overview')} extra={<EditNoteButton />}>
      <PropertyList items={items} />
    </Panel>
  );
};
