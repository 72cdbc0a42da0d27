import type { AuthProvider } from 'react-admin';
import type { Language } from '../domain/vocabulary.ts';
import { API_URL, forgetEarlyCalls } from './dataProvider.ts';
import { canRolesAccess, homePath, homeResource } from './access.ts';
import { prefetchQueue } from './requests/queuePrefetch.ts';

export interface StaffIdentity {
  id: number;
  username: string;
  displayName: string;
  roles: string[];
  language: Language;
  /** A temporary password: the app shows only the change-password page until it is changed. */
  mustChangePassword: boolean;
}

/** The signed-in staff member, fetched once per page load and after each login. */
let current: Promise<StaffIdentity | null> | null = null;

/** Who was last signed in in this tab: after their own session ends they may return to their page. */
let lastStaffId: number | null = null;

const fetchMe = async (): Promise<StaffIdentity | null> => {
  const response = await fetch(`${API_URL}/auth/me`, { credentials: 'include' });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error('ra.notification.http_error');
  const identity = (await response.json()) as StaffIdentity;
  lastStaffId = identity.id;
  return identity;
};

/** The signed-in staff member (one GET /api/auth/me per page load); null when nobody is. */
export const me = (): Promise<StaffIdentity | null> => {
  current ??= fetchMe().catch((error: unknown) => {
    current = null;
    throw error;
  });
  return current;
};

/** After the own password or language changed: the next me() asks the server again. */
export const forgetMe = () => {
  current = null;
};

const requireMe = async (): Promise<StaffIdentity> => {
  const identity = await me();
  if (!identity) throw new Error('ra.auth.auth_check_error');
  return identity;
};

export const authProvider: AuthProvider = {
  login: async ({ username, password }: { username: string; password: string }) => {
    const response = await fetch(`${API_URL}/auth/login`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = (await response.json().catch(() => ({}))) as Partial<StaffIdentity> & {
      message?: string;
    };
    // A refused login reads in the user's language; other failures keep the server's reason.
    if (response.status === 401) throw new Error('app.login_refused');
    if (!response.ok) throw new Error(body.message ?? 'ra.notification.http_error');
    current = Promise.resolve(body as StaffIdentity);
    forgetEarlyCalls();
    // The queue is where a reviewer lands: its calls start while react-admin redirects there.
    const roles = body.roles ?? [];
    if (homeResource(roles) === 'requests' && canRolesAccess(roles, 'requests', 'list')) prefetchQueue('#/requests');
    // The page the previous person left may be one this role cannot open: anyone
    // else starts on their own home (react-admin would send them to that page).
    const returning = body.id !== undefined && body.id === lastStaffId;
    lastStaffId = body.id ?? null;
    return returning ? undefined : { redirectTo: homePath(roles) };
  },
  logout: async () => {
    current = Promise.resolve(null);
    forgetEarlyCalls();
    await fetch(`${API_URL}/auth/logout`, { method: 'POST', credentials: 'include' }).catch(() => undefined);
  },
  checkAuth: async () => {
    await requireMe();
  },
  checkError: async (error: { status?: number }) => {
    if (error?.status === 401) {
      current = Promise.resolve(null);
      throw new Error('ra.notification.logged_out');
    }
    // 403 and every other error: stay signed in, the page shows the message.
  },
  getIdentity: async () => {
    const identity = await requireMe();
    return { ...identity, fullName: identity.displayName };
  },
  getPermissions: async () => (await me())?.roles ?? [],
  canAccess: async ({ resource, action }) => {
    const identity = await me();
    return identity ? canRolesAccess(identity.roles, resource, action) : false;
  },
};
