import { Box, Divider, Tab, Tabs } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { TabCount } from '../common/TabCount.tsx';
import { REFUND_TABS, activeRefundTab, filterForRefundTab } from './refundTabs.ts';
import { useRefundCounts } from './useRefundCounts.ts';

/** The refunds queue's tabs (待我审批, 待付款, …, 全部), each with its count under the other filters. */
export const RefundTabs = () => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const translate = useTranslate();
  const { data: counts } = useRefundCounts(filterValues);
  const current = activeRefundTab(filterValues);
  return (
    <>
      <Tabs
        value={current}
        variant="scrollable"
        scrollButtons="auto"
        onChange={(_event, id: string) => {
          const tab = REFUND_TABS.find((t) => t.id === id);
          if (tab) setFilters(filterForRefundTab(filterValues, tab), displayedFilters);
        }}
        sx={{ px: 1 }}
      >
        {REFUND_TABS.map((tab) => (
          <Tab
            key={tab.id}
            value={tab.id}
            label={
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center' }}>
                {translate(`resources.refunds.tabs.${tab.id}`)}
                <TabCount value={counts?.[tab.id]} active={current === tab.id} />
              </Box>
            }
          />
        ))}
      </Tabs>
      <Divider />
    </>
  );
};
