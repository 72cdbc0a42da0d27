import { Typography } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { CountTabs } from '../common/CountTabs.tsx';
import { QUEUE_SORT } from './queuePrefetch.ts';
import { MINE_SORT, REQUEST_TABS, activeTab, filterForTab } from './requestTabs.ts';
import { useQueueRowKeys } from './useQueueRowKeys.ts';
import { useRequestCounts } from './useRequestCounts.ts';

/** The queue's tabs (我的, each status, 全部) with live counts from GET /requests/counts. */
export const StatusTabs = () => {
  const { filterValues, displayedFilters, setFilters, setSort } = useListContext();
  const translate = useTranslate();
  // While searching, each tab says how many matches it holds: the search looks across every tab.
  const search = typeof filterValues.q === 'string' ? filterValues.q.trim() : '';
  const { data: counts } = useRequestCounts(true, search || undefined);
  // The tabs live as long as the queue does: j / k move through its rows.
  useQueueRowKeys();
  const current = activeTab(filterValues);
  const label = (id: string) =>
    id === 'mine' || id === 'all'
      ? translate(`resources.requests.tabs.${id}`)
      : translate(`resources.requests.enums.status.${id}`);

  return (
    <>
      <CountTabs
        value={current}
        tabs={REQUEST_TABS.map((tab) => ({ id: tab.id, label: label(tab.id), count: counts && tab.count(counts) }))}
        onChange={(id) => {
          const tab = REQUEST_TABS.find((t) => t.id === id);
          if (!tab) return;
          setFilters(filterForTab(filterValues, tab), displayedFilters);
          // 我的 puts running clocks by urgency first, paused ones after; the other tabs go by due date.
          if (id === 'mine') setSort(MINE_SORT);
          else if (current === 'mine') setSort(QUEUE_SORT);
        }}
      />
      {search && (
        <Typography variant="caption" color="text.secondary" sx={{ px: 2, py: 0.5, display: 'block' }} role="status">
          {translate('resources.requests.search_counts', { q: search })}
        </Typography>
      )}
    </>
  );
};
