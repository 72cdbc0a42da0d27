import { useQueryClient } from '@tanstack/react-query';
import type { CancelRequest } from '../../types.ts';

/** Puts a request the server answered into react-admin's cache, so the page shows it (and its version) at once. */
export const useStoreRequest = () => {
  const queryClient = useQueryClient();
  return (record: CancelRequest) =>
    queryClient.setQueriesData<CancelRequest>({ queryKey: ['requests', 'getOne'] }, (old) =>
      old && String(old.id) === String(record.id) ? record : old,
    );
};
