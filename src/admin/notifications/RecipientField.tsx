import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { maskRecipient } from '../common/maskRecipient.ts';
import type { OutboxNotification } from '../types.ts';

/** The phone number or email address a message goes to, masked. */
export const RecipientField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<OutboxNotification>();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {maskRecipient(record.channel, record.recipient)}
    </Typography>
  );
};
