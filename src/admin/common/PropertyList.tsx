import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

export interface Property {
  label: string;
  value: ReactNode;
}

/** Label / value pairs in two aligned columns, for the side panels of show pages. */
export const PropertyList = ({ items }: { items: Property[] }) => (
  <Box
    component="dl"
    sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.75, m: 0 }}
  >
    {items.map(({ label, value }) => (
      <Box key={label} sx={{ display: 'contents' }}>
        <Typography component="dt" variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {label}
        </Typography>
        <Typography component="dd" variant="body2" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
          {value ?? '—'}
        </Typography>
      </Box>
    ))}
  </Box>
);
