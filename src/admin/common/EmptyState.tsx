import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import InboxOutlined from '@mui/icons-material/InboxOutlined';

interface EmptyStateProps {
  title: string;
  message?: string;
  action?: ReactNode;
  dense?: boolean;
}

/** A designed "nothing here" block: an icon, what it means, and what to do next. */
export const EmptyState = ({ title, message, action, dense = false }: EmptyStateProps) => (
  <Box
    sx={{
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      textAlign: 'center',
      gap: 0.5,
      py: dense ? 2 : 6,
      px: 2,
      color: 'text.secondary',
    }}
  >
    <InboxOutlined sx={{ fontSize: dense ? 28 : 44, opacity: 0.5 }} />
    <Typography variant={dense ? 'body2' : 'subtitle1'} color="text.primary">
      {title}
    </Typography>
    {message && <Typography variant="body2">{message}</Typography>}
    {action && <Box sx={{ mt: 1 }}>{action}</Box>}
  </Box>
);
