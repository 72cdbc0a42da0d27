import { Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { transportErrorKind } from '../../domain/transportErrors.ts';
import type { OutboxNotification } from '../types.ts';

/**
 * The transport's last refusal in words a reviewer reads ("收件地址或号码不存在"),
 * the raw text ("SMTP 550 5.1.1 mailbox unavailable") behind it on hover or focus.
 */
export const LastErrorField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<OutboxNotification>();
  const translate = useTranslate();
  if (!record?.lastError)
    return (
      <Typography variant="body2" color="text.secondary" component="span">
        —
      </Typography>
    );
  const summary = translate(`reviewer_day.transport_errors.${transportErrorKind(record.lastError)}`);
  return (
    <Tooltip
      describeChild
      title={`${translate('reviewer_day.transport_errors.raw')}: ${record.lastError}`}
      placement="top-start"
    >
      <Typography
        variant="body2"
        color="error"
        component="span"
        tabIndex={0}
        sx={{ display: 'block', maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      >
        {summary}
      </Typography>
    </Tooltip>
  );
};
