import { useRef, type ComponentProps } from 'react';
import { DataTableBody, DataTableRow, useRecordContext } from 'react-admin';
import type { CancelRequest } from '../types.ts';
import { prefetchRequestPage } from './requestPagePrefetch.ts';

/** How long the pointer rests on a row before its page's calls start: passing over rows warms nothing. */
const HOVER_MS = 80;

/** A queue row that starts its request page's calls when the pointer rests on it. */
const PrefetchingRow = (props: ComponentProps<typeof DataTableRow>) => {
  const record = useRecordContext<CancelRequest>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  return (
    <DataTableRow
      {...props}
      onMouseEnter={() => {
        if (record) timer.current = setTimeout(() => prefetchRequestPage(record), HOVER_MS);
      }}
      onMouseLeave={() => clearTimeout(timer.current)}
    />
  );
};

/** The queue's table body: react-admin's, with rows that warm their request page on hover. */
export const PrefetchingBody = (props: ComponentProps<typeof DataTableBody>) => (
  <DataTableBody {...props} row={PrefetchingRow} />
);
