import { Typography } from '@mui/material';
import { useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import type { CancelRequest } from '../types.ts';

/** Who holds the request; "未分配" in grey when nobody does, bold when it is me. */
export const AssigneeField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!record) return null;
  if (record.assigneeId == null) {
    return (
      <Typography variant="body2" color="text.disabled">
        {translate('resources.requests.show.unassigned')}
      </Typography>
    );
  }
  const isMe = identity?.id === record.assigneeId;
  return (
    <Typography variant="body2" noWrap sx={{ fontWeight: isMe ? 600 : 400 }}>
      {record.assigneeName ?? `#${record.assigneeId}`}
    </Typography>
  );
};
