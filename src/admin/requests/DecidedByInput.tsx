import { SelectInput, useGetList } from 'react-admin';
import { roleAllows } from '../../domain/lifecycle.ts';
import type { StaffUser } from '../types.ts';
import { STAFF_CHOICES_QUERY } from './queuePrefetch.ts';

/**
 * Filter by who decided (the throughput chart's bars lead here): anyone whose
 * roles may decide, former staff included, since their decisions stay in the list.
 */
export const DecidedByInput = (props: { source: string }) => {
  const { data: users = [] } = useGetList<StaffUser>('users', STAFF_CHOICES_QUERY, {
    retry: false,
    staleTime: 5 * 60_000,
  });
  const choices = users
    .filter((u) => roleAllows('approve', { kind: 'staff', id: u.id, roles: u.roles }))
    .map((u) => ({ id: u.id, name: u.displayName }));
  return <SelectInput {...props} choices={choices} sx={{ minWidth: 150 }} />;
};
