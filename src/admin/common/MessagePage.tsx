import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

interface MessagePageProps {
  icon: ReactNode;
  title: string;
  body?: ReactNode;
  /** The way on: a button back to somewhere useful. */
  action?: ReactNode;
}

/** A page that is only a message (forbidden, not found): icon, title, why, and the way on. */
export const MessagePage = ({ icon, title, body, action }: MessagePageProps) => (
  <Box
    role="alert"
    sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', gap: 1.5, py: 8 }}
  >
    {icon}
    <Typography variant="h5" component="h1">
      {title}
    </Typography>
    {body && (
      <Typography variant="body2" color="text.secondary">
        {body}
      </Typography>
    )}
    {action}
  </Box>
);
