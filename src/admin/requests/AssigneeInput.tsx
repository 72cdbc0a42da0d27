import { SelectInput, useGetList } from 'react-admin';
import { roleAllows } from '../../domain/lifecycle.ts';
import { UNASSIGNED } from '../dataProvider.ts';
import type { StaffUser } from '../types.ts';
import { STAFF_CHOICES_QUERY } from './queuePrefetch.ts';

/**
 * Filter by assignee: me, nobody, or a named colleague. The list of colleagues
 * comes from /users; a role that may not read it still gets "me" and "unassigned".
 */
export const AssigneeInput = (props: { source: string; label?: string; alwaysOn?: boolean }) => {
  const { data: users = [] } = useGetList<StaffUser>('users', STAFF_CHOICES_QUERY, {
    retry: false,
    staleTime: 5 * 60_000,
  });
  const choices = [
    { id: 'mine', name: 'resources.requests.filters.mine' },
    { id: UNASSIGNED, name: 'resources.requests.filters.unassigned' },
    ...users
      // Whoever may claim may hold a request (src/domain/lifecycle).
      .filter((u) => u.active && roleAllows('claim', { kind: 'staff', id: u.id, roles: u.roles }))
      .map((u) => ({ id: u.id, name: u.displayName })),
  ];
  return <SelectInput {...props} choices={choices} sx={{ minWidth: 150 }} />;
};
