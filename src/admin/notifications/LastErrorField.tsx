import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { OutboxNotification } from '../types.ts';

/** The transport's last refusal, cut to one line (the whole text on hover). */
export const LastErrorField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<OutboxNotification>();
  if (!record?.lastError)
    return (
      <Typography variant="body2" color="text.disabled" component="span">
        —
      </Typography>
    );
  return (
    <Typography
      variant="body2"
      color="error"
      component="span"
      title={record.lastError}
      sx={{ display: 'block', maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
    >
      {record.lastError}
    </Typography>
  );
};
