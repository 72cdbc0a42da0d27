import { useListContext, useTranslate } from 'react-admin';
import { CountTabs } from '../common/CountTabs.tsx';
import { REQUEST_TABS, activeTab, filterForTab } from './requestTabs.ts';
import { useRequestCounts } from './useRequestCounts.ts';

/** The queue's tabs (我的, each status, 全部) with live counts from GET /requests/counts. */
export const StatusTabs = () => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const translate = useTranslate();
  const { data: counts } = useRequestCounts();
  const label = (id: string) =>
    id === 'mine' || id === 'all'
      ? translate(`resources.requests.tabs.${id}`)
      : translate(`resources.requests.enums.status.${id}`);

  return (
    <CountTabs
      value={activeTab(filterValues)}
      tabs={REQUEST_TABS.map((tab) => ({ id: tab.id, label: label(tab.id), count: counts && tab.count(counts) }))}
      onChange={(id) => {
        const tab = REQUEST_TABS.find((t) => t.id === id);
        if (tab) setFilters(filterForTab(filterValues, tab), displayedFilters);
      }}
    />
  );
};
