import { DataTable, ExportButton, FilterButton, List, TopToolbar, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { EmptyState } from '../common/EmptyState.tsx';
import { ListError } from '../common/ListError.tsx';
import type { AuditEvent } from '../types.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { auditEventExporter } from './auditExport.ts';
import { auditEventFilters } from './auditEventFilters.tsx';
import { ActionField, ActorField, EntityField, RequestLinkField } from './AuditEventFields.tsx';

const Column = DataTable.Col<AuditEvent>;

/** The audit log, for managers and admins: who did what to which record, newest first; a row opens its changes. */
const AuditEventList = () => {
  const translate = useTranslate();
  return (
    <List
      filters={auditEventFilters}
      sort={{ field: 'occurredAt', order: 'DESC' }}
      perPage={25}
      exporter={auditEventExporter}
      actions={
        <TopToolbar>
          <FilterButton />
          <ExportButton />
        </TopToolbar>
      }
      error={<ListError />}
    >
      <DataTable
        bulkActionButtons={false}
        rowClick="expand"
        expand={<AuditDiff />}
        size="small"
        empty={<EmptyState title={translate('resources.audit-events.empty')} />}
      >
        <Column source="occurredAt" render={() => <DateTimeField source="occurredAt" relative />} />
        <Column source="actorId" disableSort field={ActorField} />
        <Column source="action" field={ActionField} />
        <Column source="entityType" field={EntityField} />
        <Column source="requestId" disableSort sx={{ whiteSpace: 'nowrap' }} field={RequestLinkField} />
      </DataTable>
    </List>
  );
};

export default AuditEventList;
