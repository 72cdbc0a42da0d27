import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { EmptyState } from '../common/EmptyState.tsx';
import { EnumField } from '../common/EnumField.tsx';
import { Panel } from '../common/Panel.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import { SlaChip } from '../requests/SlaChip.tsx';
import type { CancelRequest } from '../types.ts';

const Column = DataTable.Col<CancelRequest>;

/** Every cancellation request filed for the account, newest first. */
export const AccountRequestsPanel = () => {
  const translate = useTranslate();
  return (
    <Panel title={translate('resources.accounts.show.requests')} flush>
      <ReferenceManyField
        reference="requests"
        target="accountId"
        perPage={20}
        sort={{ field: 'submittedAt', order: 'DESC' }}
      >
        <DataTable
          bulkActionButtons={false}
          rowClick="show"
          size="small"
          empty={<EmptyState dense title={translate('resources.accounts.show.no_requests')} />}
        >
          <Column source="number" disableSort sx={{ fontWeight: 600 }} />
          <Column source="status" disableSort render={() => <StatusChip resource="requests" />} />
          <Column source="reasonCode" disableSort field={EnumField} />
          <Column source="submittedAt" disableSort render={() => <DateTimeField source="submittedAt" />} />
          <Column source="dueAt" label="resources.requests.fields.sla" disableSort field={SlaChip} />
          <Column source="assigneeName" disableSort />
        </DataTable>
      </ReferenceManyField>
    </Panel>
  );
};
