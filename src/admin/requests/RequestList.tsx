import { useEffect } from 'react';
import { DataTable, ExportButton, FilterButton, List, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { EnumField } from '../common/EnumField.tsx';
import { ListError } from '../common/ListError.tsx';
import { MoneyField } from '../common/MoneyField.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { CancelRequest } from '../types.ts';
import { AssigneeField } from './AssigneeField.tsx';
import { DocumentsProgressField } from './DocumentsProgressField.tsx';
import { HolderField } from './HolderField.tsx';
import { PrefetchingBody } from './PrefetchingBody.tsx';
import { RequestEmpty } from './RequestEmpty.tsx';
import { SlaChip } from './SlaChip.tsx';
import { StatusTabs } from './StatusTabs.tsx';
import { DEFAULT_TAB_FILTER } from './requestTabs.ts';
import { NextRequestButton } from './actions/NextRequestButton.tsx';
import { useActor } from './actions/useActor.ts';
import { RequestBulkActions } from './bulk/RequestBulkActions.tsx';
import { roleAllows } from '../../domain/lifecycle.ts';
import { requestFilters } from './requestFilters.tsx';
import { RequestShowPage } from './pages.ts';
import { QUEUE_PER_PAGE, QUEUE_SORT } from './queuePrefetch.ts';
import { QueueSkeleton } from './QueueSkeleton.tsx';

const Column = DataTable.Col<CancelRequest>;
/** Once for the table rather than an `sx` on each of the column's 25 cells. */
const TABLE_SX = { '& td.column-number': { fontWeight: 600, whiteSpace: 'nowrap' } } as const;

const ListActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <FilterButton />
    <ExportButton />
    <NextRequestButton variant="contained" />
  </TopToolbar>
);

/** The queue: tabs by status with live counts, filters, and the most urgent first (dueAt ASC). */
const RequestList = () => {
  const actor = useActor();
  const bulk = !!actor && (['claim', 'release', 'reassign'] as const).some((a) => roleAllows(a, actor));
  // The reviewer opens a request next: its page's code is fetched while they read the queue.
  useEffect(() => {
    void RequestShowPage.preload().catch(() => undefined);
  }, []);
  return (
    <List
      filters={requestFilters}
      filterDefaultValues={DEFAULT_TAB_FILTER}
      sort={QUEUE_SORT}
      perPage={QUEUE_PER_PAGE}
      actions={<ListActions />}
      empty={false}
      error={<ListError />}
      loading={<QueueSkeleton />}
    >
      <StatusTabs />
      <DataTable
        rowClick="show"
        body={PrefetchingBody}
        bulkActionButtons={bulk ? <RequestBulkActions /> : false}
        empty={<RequestEmpty />}
        size="small"
        sx={TABLE_SX}
      >
        <Column source="number" />
        <Column source="holderName" label="resources.requests.fields.holder" field={HolderField} />
        <Column source="accountType" disableSort field={EnumField} />
        <Column source="reasonCode" disableSort field={EnumField} />
        <Column source="submittedAt" render={() => <DateTimeField source="submittedAt" relative />} />
        <Column source="dueAt" label="resources.requests.fields.sla" field={SlaChip} />
        <Column source="status" render={() => <StatusChip />} />
        <Column source="assigneeId" disableSort field={AssigneeField} />
        <Column source="documents" disableSort field={DocumentsProgressField} />
        <Column source="balanceFen" align="right" field={MoneyField} />
      </DataTable>
    </List>
  );
};

export default RequestList;
