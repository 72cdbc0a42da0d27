import { Box, Divider, Tab, Tabs } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { TabCount } from '../common/TabCount.tsx';
import { REQUEST_TABS, activeTab, filterForTab } from './requestTabs.ts';
import { useRequestCounts } from './useRequestCounts.ts';

/** The queue's tabs (我的, each status, 全部) with live counts from GET /requests/counts. */
export const StatusTabs = () => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const translate = useTranslate();
  const { data: counts } = useRequestCounts();
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
          if (tab) setFilters(filterForTab(filterValues, tab), displayedFilters);
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
                <TabCount value={counts ? tab.count(counts) : undefined} active={current === tab.id} />
              </Box>
            }
          />
        ))}
      </Tabs>
      <Divider />
    </>
  );
};
