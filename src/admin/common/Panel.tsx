import type { ReactNode } from 'react';
import { Box, Card, Divider, Typography } from '@mui/material';

interface PanelProps {
  title: string;
  /** Right of the title: a count, a chip, a link. */
  extra?: ReactNode;
  children: ReactNode;
  /** Content goes edge to edge (tables). */
  flush?: boolean;
}

/** A titled card: every block of a show page is one. */
export const Panel = ({ title, extra, children, flush = false }: PanelProps) => (
  <Card sx={{ mb: 2 }}>
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1.25 }}>
      <Typography variant="subtitle2" component="h2" sx={{ flex: 1 }}>
        {title}
      </Typography>
      {extra}
    </Box>
    <Divider />
    <Box sx={flush ? undefined : { px: 2, py: 1.5 }}>{children}</Box>
  </Card>
);
