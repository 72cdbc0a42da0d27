import { Box } from '@mui/material';

/** The count badge beside a queue tab's label; '·' while it loads. */
export const TabCount = ({ value, active }: { value: number | undefined; active: boolean }) => (
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
