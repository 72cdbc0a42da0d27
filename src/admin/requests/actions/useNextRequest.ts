import { useMutation } from '@tanstack/react-query';
import { useCreatePath, useDataProvider, useNotify, useRefresh } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useNotifyFailure } from '../../common/useNotifyFailure.ts';
import type { CancelDeskDataProvider } from '../../dataProvider.ts';
import { useStoreRequest } from './useStoreRequest.ts';

/**
 * "Next request": my own most urgent request in review, else the server claims the unclaimed one
 * due soonest for me; its page opens. `skip` is the request on screen.
 */
export const useNextRequest = () => {
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const refresh = useRefresh();
  const storeRequest = useStoreRequest();
  const { mutate, isPending } = useMutation({
    mutationFn: (skip: number | undefined) => dataProvider.next(skip),
    onSuccess: (request) => {
      if (!request) {
        notify('resources.requests.next.empty', { type: 'info' });
        return;
      }
      storeRequest(request);
      refresh();
      notify(`resources.requests.next.${request.nextReason === 'own' ? 'own' : 'claimed'}`, {
        type: 'success',
        messageArgs: { number: request.number },
      });
      navigate(createPath({ resource: 'requests', type: 'show', id: request.id }));
    },
    onError: notifyFailure,
  });
  // The `n` key may repeat while the first claim is on its way: one request at a time.
  const takeNext = (skip?: number) => {
    if (!isPending) mutate(skip);
  };
  return { takeNext, isPending };
};
