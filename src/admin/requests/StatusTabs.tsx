import { Box } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { REQUEST_TABS, activeTab, filterForTab } from './requestTabs.ts';
import { useRequestCounts } from './useRequestCounts.ts';

/**
 * One style rule for the strip and its nine tabs. A plain tab strip rather than
 * MUI's Tabs: those measure every tab and the indicator on mount and on each
 * count update (a forced layout on the queue's first paint), and the scrollable
 * variant measures the scroller too. The active tab is underlined by its own
 * border; a narrow window scrolls the strip.
 */
const STRIP_SX = {
  display: 'flex',
  px: 1,
  overflowX: 'auto',
  scrollbarWidth: 'none',
  borderBottom: 1,
  borderColor: 'divider',
  '& [role=tab]': {
    all: 'unset',
    boxSizing: 'border-box',
    display: 'inline-flex',
    alignItems: 'center',
    flexShrink: 0,
    minHeight: 48,
    px: 2,
    cursor: 'pointer',
    typography: 'button',
    color: 'text.secondary',
    borderBottom: '2px solid transparent',
    '&:hover': { color: 'text.primary' },
    '&:focus-visible': { bgcolor: 'action.focus' },
  },
  '& [aria-selected=true]': { color: 'primary.main', borderBottomColor: 'primary.main' },
  '& .count': {
    ml: 0.75,
    px: 0.75,
    minWidth: 20,
    borderRadius: 10,
    fontSize: '0.72rem',
    lineHeight: '18px',
    textAlign: 'center',
    fontVariantNumeric: 'tabular-nums',
    bgcolor: 'action.selected',
    color: 'text.secondary',
  },
  '& [aria-selected=true] .count': { bgcolor: 'primary.main', color: 'primary.contrastText' },
} as const;

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
    <Box role="tablist" sx={STRIP_SX}>
      {REQUEST_TABS.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={current === tab.id}
          onClick={() => {
            if (current !== tab.id) setFilters(filterForTab(filterValues, tab), displayedFilters);
          }}
        >
          {label(tab.id)}
          <span className="count">{counts ? tab.count(counts) : '·'}</span>
        </button>
      ))}
    </Box>
  );
};
