import { Box, Divider, Tab, Tabs, Typography } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { QUEUE_SORT } from './queuePrefetch.ts';
import { MINE_SORT, REQUEST_TABS, activeTab, filterForTab } from './requestTabs.ts';
import { useQueueRowKeys } from './useQueueRowKeys.ts';
import { useRequestCounts } from './useRequestCounts.ts';

const Count = ({ value, active }: { value: number | undefined; active: boolean }) => (
  <Box
    component="span"
    sx={{
      ml: 0.75,
      px: 0.75,
      minWidth: 20,
      borderRadius: 10,
      fontSize: '0.72rem',
      lineHeight: '18px',
      fontVariantNumeric: 'tabular-nums',
      bgcolor: active ? 'primary.main' : 'action.selected',
      color: active ? 'primary.contrastText' : 'text.secondary',
    }}
  >
    {value ?? '·'}
  </Box>
);

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
      <Tabs
        value={current}
        variant="scrollable"
        scrollButtons="auto"
        onChange={(_event, id: string) => {
          const tab = REQUEST_TABS.find((t) => t.id === id);
          if (!tab) return;
          setFilters(filterForTab(filterValues, tab), displayedFilters);
          // 我的 puts running clocks by urgency first, paused ones after; the other tabs go by due date.
          if (id === 'mine') setSort(MINE_SORT);
          else if (current === 'mine') setSort(QUEUE_SORT);
        }}
        sx={{ px: 1 }}
      >
        {REQUEST_TABS.map((tab) => (
          <Tab
            key={tab.id}
            value={tab.id}
            label={
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center' }}>
                {label(tab.id)}
                <Count value={counts ? tab.count(counts) : undefined} active={current === tab.id} />
              </Box>
            }
          />
        ))}
      </Tabs>
      {search && (
        <Typography variant="caption" color="text.secondary" sx={{ px: 2, pb: 0.5 }} role="status">
          {translate('resources.requests.search_counts', { q: search })}
        </Typography>
      )}
      <Divider />
    </>
  );
};
