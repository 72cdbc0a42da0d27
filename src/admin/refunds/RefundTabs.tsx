import { useListContext, useTranslate } from 'react-admin';
import { CountTabs } from '../common/CountTabs.tsx';
import { activeRefundTab, filterForRefundTab, refundTabsFor } from './refundTabs.ts';
import { useRefundCounts } from './useRefundCounts.ts';

/** The refunds queue's tabs (待我审批 for finance, 待付款, …, 全部), each with its count under the other filters. */
export const RefundTabs = ({ mayApprove = true }: { mayApprove?: boolean }) => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const translate = useTranslate();
  const { data: counts } = useRefundCounts(filterValues);
  const tabs = refundTabsFor(mayApprove);
  return (
    <CountTabs
      value={activeRefundTab(filterValues)}
      tabs={tabs.map((tab) => ({
        id: tab.id,
        label: translate(`resources.refunds.tabs.${tab.id}`),
        count: counts?.[tab.id],
      }))}
      onChange={(id) => {
        const tab = tabs.find((t) => t.id === id);
        if (tab) setFilters(filterForRefundTab(filterValues, tab), displayedFilters);
      }}
    />
  );
};
