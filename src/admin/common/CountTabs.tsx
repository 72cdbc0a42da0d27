import { Box, Divider, Tab, Tabs } from '@mui/material';

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

/** A queue's tabs, each with its count in a badge (the request queue's, the refunds queue's). */
export const CountTabs = ({ tabs, value, onChange }: CountTabsProps) => (
  <>
    <Tabs
      value={value}
      variant="scrollable"
      scrollButtons="auto"
      onChange={(_event, id: string) => onChange(id)}
      sx={{ px: 1 }}
    >
      {tabs.map((tab) => (
        <Tab
          key={tab.id}
          value={tab.id}
          label={
            <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center' }}>
              {tab.label}
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
                  bgcolor: value === tab.id ? 'primary.main' : 'action.selected',
                  color: value === tab.id ? 'primary.contrastText' : 'text.secondary',
                }}
              >
                {tab.count ?? '·'}
              </Box>
            </Box>
          }
        />
      ))}
    </Tabs>
    <Divider />
  </>
);
