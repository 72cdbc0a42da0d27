import type { ReactNode } from 'react';
import { Stack } from '@mui/material';

/** A record page's action buttons: one named toolbar, right-aligned, wrapping on narrow windows. */
export const ActionToolbar = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack
    direction="row"
    spacing={1}
    useFlexGap
    role="toolbar"
    aria-label={label}
    sx={{ alignItems: 'center', flexWrap: 'wrap', justifyContent: 'flex-end', rowGap: 1 }}
  >
    {children}
  </Stack>
);
