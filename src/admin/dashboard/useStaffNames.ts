import { useGetList } from 'react-admin';
import { STAFF_CHOICES_QUERY } from '../requests/queuePrefetch.ts';
import type { StaffUser } from '../types.ts';

/**
 * Staff names by id (GET /api/users, the names-only list every role may read;
 * the queue's query, so its cache is shared), for the charts that get reviewer ids.
 */
export const useStaffNames = (): Map<number, string> => {
  const { data = [] } = useGetList<StaffUser>('users', STAFF_CHOICES_QUERY, { retry: false, staleTime: 5 * 60_000 });
  return new Map(data.map((user) => [user.id, user.displayName]));
};
