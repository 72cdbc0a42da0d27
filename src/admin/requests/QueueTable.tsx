import { DataTable } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { MoneyField } from '../common/MoneyField.tsx';
import type { CancelRequest } from '../types.ts';
import { DocumentsProgressField } from './DocumentsProgressField.tsx';
import { FoldedNumberField } from './FoldedNumberField.tsx';
import { FoldedProgressField } from './FoldedProgressField.tsx';
import { HolderField } from './HolderField.tsx';
import { PrefetchingBody } from './PrefetchingBody.tsx';
import { ReasonField } from './ReasonField.tsx';
import { RequestEmpty } from './RequestEmpty.tsx';
import { SlaChip } from './SlaChip.tsx';
import { StatusAssigneeField } from './StatusAssigneeField.tsx';
import { RequestBulkActions } from './bulk/RequestBulkActions.tsx';

const Column = DataTable.Col<CancelRequest>;
/** Once for the table rather than an `sx` on each of the column's 25 cells. */
const TABLE_SX = {
  '& td.column-number': { fontWeight: 600, whiteSpace: 'nowrap' },
  // A holder's company name is the one long value: cut with an ellipsis, never widening the table.
  '& td.column-holderName > div': { maxWidth: 160 },
  '& .MuiTableCell-sizeSmall': { px: 1 },
} as const;

interface QueueTableProps {
  bulk: boolean;
  /** A narrow window (below ~1280 px): secondary columns fold into the cells beside them. */
  folded: boolean;
}

/**
 * The queue's rows. Wide, a column per fact but the assignee under the
 * status (English labels need the room); folded, the submission time and
 * reason go under the number and the balance under the documents too, so
 * nothing needs a
 * horizontal scroll (react-admin's demo switches ReviewListDesktop/Mobile the same way).
 */
export const QueueTable = ({ bulk, folded }: QueueTableProps) => (
  <DataTable
    rowClick="show"
    body={PrefetchingBody}
    bulkActionButtons={bulk ? <RequestBulkActions /> : false}
    empty={<RequestEmpty />}
    size="small"
    sx={TABLE_SX}
  >
    {folded ? <Column source="number" field={FoldedNumberField} /> : <Column source="number" />}
    <Column source="holderName" label="resources.requests.fields.holder" field={HolderField} />
    {!folded && <Column source="reasonCode" disableSort field={ReasonField} />}
    {!folded && <Column source="submittedAt" render={() => <DateTimeField source="submittedAt" relative />} />}
    <Column source="dueAt" label="resources.requests.fields.sla" field={SlaChip} />
    <Column source="status" field={StatusAssigneeField} />
    {folded ? (
      <Column source="documents" disableSort field={FoldedProgressField} />
    ) : (
      <Column source="documents" disableSort field={DocumentsProgressField} />
    )}
    {!folded && <Column source="balanceFen" align="right" field={MoneyField} />}
  </DataTable>
);
