import { Button, CircularProgress } from '@mui/material';
import ReplayOutlined from '@mui/icons-material/ReplayOutlined';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useNotifyFailure } from '../common/useNotifyFailure.ts';
import type { CancelDeskDataProvider } from '../dataProvider.ts';
import type { OutboxNotification } from '../types.ts';

/** Puts a failed message back in the outbox (POST /api/notifications/:id/retry); nothing for the others. */
export const RetryNotificationButton = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<OutboxNotification>();
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { mutate, isPending } = useMutation({
    mutationFn: (id: number) => dataProvider.retryNotification(id),
    onSuccess: () => {
      notify('resources.notifications.retried', { type: 'success' });
      refresh();
    },
    onError: notifyFailure,
  });
  if (!record || record.status !== 'failed') return null;
  return (
    <Button
      size="small"
      onClick={(event) => {
        event.stopPropagation();
        mutate(record.id);
      }}
      disabled={isPending}
      startIcon={isPending ? <CircularProgress size={14} color="inherit" /> : <ReplayOutlined />}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {translate('resources.notifications.retry')}
    </Button>
  );
};
