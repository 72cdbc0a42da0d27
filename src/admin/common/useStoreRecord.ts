import { useQueryClient } from '@tanstack/react-query';

/** Puts a record the server answered into react-admin's cache, so its page shows it (and its version) at once. */
export const useStoreRecord = <T extends { id: number | string }>(resource: string) => {
  const queryClient = useQueryClient();
  return (record: T) =>
    queryClient.setQueriesData<T>({ queryKey: [resource, 'getOne'] }, (old) =>
      old && String(old.id) === String(record.id) ? record : old,
    );
};
