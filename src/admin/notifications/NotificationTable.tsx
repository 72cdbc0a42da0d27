import { DataTable, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { PanelTable } from '../common/PanelTable.tsx';
import { EnumField } from '../common/EnumField.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { OutboxNotification } from '../types.ts';
import { LastErrorField } from './LastErrorField.tsx';
import { RecipientField } from './RecipientField.tsx';
import { RetryNotificationButton } from './RetryNotificationButton.tsx';

const Column = DataTable.Col<OutboxNotification>;

/** A request's messages to the customer, inside a ReferenceManyField: what, how, to whom, delivered or not. */
export const NotificationTable = () => {
  const translate = useTranslate();
  return (
    <PanelTable emptyTitle={translate('resources.requests.show.no_notifications')}>
      <Column source="createdAt" disableSort render={() => <DateTimeField source="createdAt" />} />
      <Column source="event" disableSort field={EnumField} />
      <Column source="channel" disableSort field={EnumField} />
      <Column source="recipient" disableSort field={RecipientField} />
      <Column source="status" disableSort render={() => <StatusChip resource="notifications" />} />
      <Column source="attempts" disableSort align="right" />
      <Column source="lastError" disableSort field={LastErrorField} />
      <Column source="id" label=" " disableSort field={RetryNotificationButton} />
    </PanelTable>
  );
};
