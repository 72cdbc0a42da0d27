import { Box, Card } from '@mui/material';

/** Width of each column's placeholder text, in the queue's column order. */
const COLUMNS = [96, 120, 56, 72, 72, 88, 64, 64, 48, 64];
const ROWS = 25;

const bar = (width: number, key?: number) => <i key={key} className="bar" style={{ width }} />;

/**
 * The queue before its data (and, on a first visit, its code) is there: the
 * filter bar, the tabs and 25 rows, where the real ones will be, so the page
 * does not jump when they arrive. Kept in the first chunk: it paints while the
 * queue's own chunk loads. Plain elements under one style rule, not ~300 MUI
 * Skeletons: it must cost next to nothing to draw and to throw away.
 */
export const QueueSkeleton = () => (
  <Box
    aria-busy="true"
    sx={{
      '& .bar': { display: 'block', flexShrink: 0, height: 14, borderRadius: 1, bgcolor: 'action.hover' },
      '& .input': { height: 40 },
      '& .row': {
        display: 'flex',
        alignItems: 'center',
        gap: 3,
        height: 50,
        px: 2,
        borderBottom: 1,
        borderColor: 'divider',
      },
    }}
  >
    <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 2, height: 64, pb: 0.5 }}>
      <i className="bar input" style={{ width: 220 }} />
      <i className="bar input" style={{ width: 150 }} />
      <i className="bar input" style={{ width: 130 }} />
      <Box sx={{ flex: 1 }} />
      {bar(72)}
      {bar(72)}
      <i className="bar input" style={{ width: 120, height: 36 }} />
    </Box>
    <Card>
      <div className="row" style={{ height: 45, gap: 32 }}>
        {Array.from({ length: 9 }, (_, i) => bar(56, i))}
      </div>
      {Array.from({ length: ROWS + 1 }, (_, row) => (
        <div key={row} className="row" style={row === 0 ? { height: 31 } : undefined}>
          {bar(18)}
          {COLUMNS.map((width, column) => bar(row === 0 ? Math.min(width, 56) : width, column))}
        </div>
      ))}
    </Card>
  </Box>
);
