import { useGetIdentity } from 'react-admin';
import type { Actor } from '../../../domain/lifecycle.ts';
import { isRole } from '../../access.ts';

/**
 * The signed-in staff member as src/domain/lifecycle sees them ({kind, id, roles}),
 * built from GET /api/auth/me; undefined until it has loaded.
 */
export const useActor = (): Actor | undefined => {
  const { identity } = useGetIdentity();
  if (!identity) return undefined;
  const roles = Array.isArray(identity.roles) ? (identity.roles as string[]).filter(isRole) : [];
  return { kind: 'staff', id: Number(identity.id), roles };
};
