import { useGetIdentity, useGetResourceLabel, useTranslate } from 'react-admin';
import { canRolesAccess, homePath, homeResource, isRole } from '../access.ts';

export interface Home {
  /** The signed-in person's roles, known ones only; undefined while loading. */
  roles: string[] | undefined;
  /** Their home page's route and name ('/refunds', '退款'), or undefined when they may open none. */
  path?: string;
  label?: string;
}

/** Where the signed-in person starts: the dashboard, the queue, refunds or staff, by role. */
export const useHome = (): Home => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  if (!identity) return { roles: undefined };
  const roles = Array.isArray(identity.roles) ? (identity.roles as string[]).filter(isRole) : [];
  const resource = homeResource(roles);
  if (!canRolesAccess(roles, resource, 'list')) return { roles };
  const label =
    resource === 'requests'
      ? translate('resources.requests.menu')
      : resource === 'dashboard'
        ? translate('app.dashboard')
        : getResourceLabel(resource, 2);
  return { roles, path: homePath(roles), label };
};
