import { Box, Divider, Tab, Tabs } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { REQUEST_TABS, activeTab, filterForTab } from './requestTabs.ts';
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
                <Count value={counts ? tab.count(counts) : undefined} active={current === tab.id} />
              </Box>
            }
          />
        ))}
      </Tabs>
      <Divider />
    </>
  );
};
