import { useState } from 'react';
import { useCreatePath, useDataProvider, useNotify, useRefresh } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { CancelDeskDataProvider } from '../../dataProvider.ts';
import { useStoreRequest } from './useStoreRequest.ts';

/** "Next request": the server claims the unclaimed request due soonest for me, and its page opens. */
export const useNextRequest = () => {
    const dataProvider = useDataProvider<CancelDeskDataProvider>();
    const notify = useNotify();
    const navigate = useNavigate();
    const createPath = useCreatePath();
    const refresh = useRefresh();
    const storeRequest = useStoreRequest();
    const [isPending, setPending] = useState(false);
    const takeNext = async () => {
        if (isPending) return;
        setPending(true);
        try {
            const request = await dataProvider.next();
            if (!request) {
                notify('resources.requests.next.empty', { type: 'info' });
                return;
            }
            storeRequest(request);
            refresh();
            notify('resources.requests.next.claimed', { type: 'success', messageArgs: { number: request.number } });
            navigate(createPath({ resource: 'requests', type: 'show', id: request.id }));
        } catch (error) {
            const message = (error as Error).message;
            notify(message || 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
        } finally {
            setPending(false);
        }
    };
    return { takeNext, isPending };
};
