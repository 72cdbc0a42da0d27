import { useState } from 'react';
import { Button, CircularProgress } from '@mui/material';
import ReplayOutlined from '@mui/icons-material/ReplayOutlined';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { CancelDeskDataProvider } from '../dataProvider.ts';
import type { OutboxNotification } from '../types.ts';

/** Puts a failed message back in the outbox (POST /api/notifications/:id/retry); nothing for the others. */
export const RetryNotificationButton = (_props: { label?: string; source?: string }) => {
    const record = useRecordContext<OutboxNotification>();
    const dataProvider = useDataProvider<CancelDeskDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const translate = useTranslate();
    const [pending, setPending] = useState(false);
    if (!record || record.status !== 'failed') return null;
    const retry = async (event: React.MouseEvent) => {
        event.stopPropagation();
        setPending(true);
        try {
            await dataProvider.retryNotification(record.id);
            notify('resources.notifications.retried', { type: 'success' });
            refresh();
        } catch (error) {
            const message = (error as Error).message;
            notify(message || 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
        } finally {
            setPending(false);
        }
    };
    return (
        <Button
            size="small"
            onClick={retry}
            disabled={pending}
            startIcon={pending ? <CircularProgress size={14} color="inherit" /> : <ReplayOutlined />}
            sx={{ whiteSpace: 'nowrap' }}
        >
            {translate('resources.notifications.retry')}
        </Button>
    );
};
