import type { ReactNode } from 'react';
import { DataTable, type DataTableProps, type RaRecord } from 'react-admin';
import { EmptyState } from './EmptyState.tsx';

interface PanelTableProps<RecordType extends RaRecord> {
  /** What an empty table says. */
  emptyTitle: string;
  rowSx?: DataTableProps<RecordType>['rowSx'];
  children: ReactNode;
}

/**
 * A compact, read-only table inside a show page's panel (a ReferenceManyField's
 * records): no selection, no row click, no sorting, a designed empty state.
 */
export const PanelTable = <RecordType extends RaRecord>({
  emptyTitle,
  rowSx,
  children,
}: PanelTableProps<RecordType>) => (
  <DataTable<RecordType>
    bulkActionButtons={false}
    rowClick={false}
    size="small"
    empty={<EmptyState dense title={emptyTitle} />}
    rowSx={rowSx}
  >
    {children}
  </DataTable>
);
