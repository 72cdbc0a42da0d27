import { Box } from '@mui/material';

export interface CountTab {
  id: string;
  label: string;
  /** undefined while the counts load ('·'). */
  count: number | undefined;
}

interface CountTabsProps {
  tabs: CountTab[];
  /** The selected tab, or false when the filter matches none. */
  value: string | false;
  onChange: (id: string) => void;
}

/**
 * One style rule for the strip and its tabs. A plain tab strip rather than
 * MUI's Tabs: those measure every tab and the indicator on mount and on each
 * count update (a forced layout on the queue's first paint), and the scrollable
 * variant measures the scroller too. The active tab is underlined by its own
 * border; a narrow window wraps the strip.
 */
const STRIP_SX = {
  display: 'flex',
  // A narrow window (1024 px, or English) wraps the tabs onto a second line:
  // every tab stays in sight, none hides behind a scroll.
  flexWrap: 'wrap',
  px: 1,
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

/** A queue's tabs, each with its count in a badge (the request queue's, the refunds queue's). */
export const CountTabs = ({ tabs, value, onChange }: CountTabsProps) => (
  <Box role="tablist" sx={STRIP_SX}>
    {tabs.map((tab) => (
      <button
        key={tab.id}
        type="button"
        role="tab"
        aria-selected={value === tab.id}
        onClick={() => {
          if (value !== tab.id) onChange(tab.id);
        }}
      >
        {tab.label}
        <span className="count">{tab.count ?? '·'}</span>
      </button>
    ))}
  </Box>
);
