import { DataTable, ExportButton, List, ReferenceField, TopToolbar, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { EmptyState } from '../common/EmptyState.tsx';
import { EnumField } from '../common/EnumField.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { OutboxNotification } from '../types.ts';
import { LastErrorField } from './LastErrorField.tsx';
import { notificationFilters } from './notificationFilters.tsx';
import { RecipientField } from './RecipientField.tsx';
import { RetryNotificationButton } from './RetryNotificationButton.tsx';
import { notificationCsvColumns } from './notificationExport.ts';
import { useCsvExporter } from '../common/useCsvExporter.ts';

const Column = DataTable.Col<OutboxNotification>;

/** The outbox (a manager sees all of it, a reviewer their requests'): every email and SMS to customers, failures first to hand. */
const NotificationList = () => {
  const translate = useTranslate();
  const exporter = useCsvExporter(notificationCsvColumns, 'resources.notifications.name');
  return (
    <List
      exporter={exporter}
      filters={notificationFilters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      actions={
        <TopToolbar>
          <ExportButton />
        </TopToolbar>
      }
    >
      <DataTable
        bulkActionButtons={false}
        rowClick={false}
        size="small"
        empty={<EmptyState title={translate('resources.notifications.empty')} />}
      >
        <Column source="createdAt" render={() => <DateTimeField source="createdAt" relative />} />
        <Column source="requestId" disableSort sx={{ whiteSpace: 'nowrap' }}>
          <ReferenceField source="requestId" reference="requests" />
        </Column>
        <Column source="event" field={EnumField} />
        <Column source="channel" field={EnumField} />
        <Column
          source="language"
          disableSort
          sx={{ whiteSpace: 'nowrap' }}
          render={(r) => translate(`resources.users.enums.language.${r.language}`)}
        />
        <Column source="recipient" disableSort field={RecipientField} />
        <Column source="status" render={() => <StatusChip />} />
        <Column source="attempts" align="right" />
        <Column source="lastError" disableSort field={LastErrorField} />
        <Column source="id" label=" " disableSort field={RetryNotificationButton} />
      </DataTable>
    </List>
  );
};

export default NotificationList;
