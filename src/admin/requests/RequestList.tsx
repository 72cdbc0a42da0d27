import { useMediaQuery, type Theme } from '@mui/material';
import { useEffect } from 'react';
import { ExportButton, FilterButton, List, TopToolbar } from 'react-admin';
import { useCsvExporter } from '../common/useCsvExporter.ts';
import { QueueTable } from './QueueTable.tsx';
import { StatusTabs } from './StatusTabs.tsx';
import { requestCsvColumns } from './requestExport.ts';
import { DEFAULT_TAB_FILTER } from './requestTabs.ts';
import { NextRequestButton } from './actions/NextRequestButton.tsx';
import { useActor } from './actions/useActor.ts';
import { roleAllows } from '../../domain/lifecycle.ts';
import { requestFilters } from './requestFilters.tsx';
import { RequestShowPage } from './pages.ts';
import { QUEUE_PER_PAGE, QUEUE_SORT } from './queuePrefetch.ts';
import { QueueSkeleton } from './QueueSkeleton.tsx';

/** Below this window width the queue folds its secondary columns into the row. */
const FOLD_BELOW_PX = 1280;

/** The filters and the action bar share a row while they fit and wrap onto two when they do not. */
const LIST_SX = {
  '& .RaList-actions': { flexWrap: 'wrap', columnGap: 1 },
  // react-admin gives the filter form a 100% basis, which would always push the actions onto a line of their own.
  '& .RaList-actions > form': { flex: '1 1 auto' },
} as const;

const ListActions = () => (
  // Wraps under the filters rather than pushing "下一个申请" off the screen.
  <TopToolbar sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, minHeight: 'auto', ml: 'auto' }}>
    <FilterButton />
    <ExportButton />
    <NextRequestButton variant="contained" />
  </TopToolbar>
);

/** The queue: tabs by status with live counts, filters, and the most urgent first (dueAt ASC). */
const RequestList = () => {
  const actor = useActor();
  const bulk = !!actor && (['claim', 'release', 'reassign'] as const).some((a) => roleAllows(a, actor));
  const folded = useMediaQuery((theme: Theme) => theme.breakpoints.down(FOLD_BELOW_PX), { noSsr: true });
  const exporter = useCsvExporter(requestCsvColumns, 'resources.requests.menu');
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
      exporter={exporter}
      empty={false}
      loading={<QueueSkeleton />}
      sx={LIST_SX}
    >
      <StatusTabs />
      <QueueTable bulk={bulk} folded={folded} />
    </List>
  );
};

export default RequestList;
