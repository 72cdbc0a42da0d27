import type { AuthProvider } from 'react-admin';
import { API_URL, forgetEarlyCalls } from './dataProvider.ts';
import { CALENDAR_STATUS_KEY, COUNTS_KEY, peekEarly } from './earlyCalls.ts';
import { canRolesAccess, homePath, homeResource } from './access.ts';
import { preloadQueue } from './requests/preloadQueue.ts';
import { prefetchQueue } from './requests/queuePrefetch.ts';
import { overlayAfterLogin } from './requests/shell/shellBoot.ts';
import { isReturning, me, setSignedIn, signingIn, type StaffIdentity } from './session.ts';

export { forgetMe, me, type StaffIdentity } from './session.ts';

/** How long react-admin's move to the queue waits for the shell's rows after a login. */
const OVERLAY_WAIT_MS = 300;

const requireMe = async (): Promise<StaffIdentity> => {
  const identity = await me();
  if (!identity) throw new Error('ra.auth.auth_check_error');
  return identity;
};

/** The login call, up to who is now signed in; refusals as react-admin's login form shows them. */
const signIn = async (username: string, password: string): Promise<StaffIdentity> => {
  const request = fetch(`${API_URL}/auth/login`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  // The login page started loading the queue's code while the person typed; if
  // they were quicker, it loads now, behind the login call rather than ahead of
  // it. Most who sign in are reviewers, who land there; for others it is a spare fetch.
  preloadQueue();
  const response = await request;
  const body = (await response.json().catch(() => ({}))) as Partial<StaffIdentity> & { message?: string };
  // A refused login reads in the user's language; other failures keep the server's reason.
  if (response.status === 401) throw new Error('app.login_refused');
  if (!response.ok) throw new Error(body.message ?? 'ra.notification.http_error');
  setSignedIn(body as StaffIdentity);
  return body as StaffIdentity;
};

export const authProvider: AuthProvider = {
  login: async ({ username, password }: { username: string; password: string }) => {
    const body = await signingIn(signIn(username, password));
    forgetEarlyCalls();
    // The queue is where a reviewer lands: its calls start while react-admin redirects there.
    const roles = body.roles ?? [];
    const toQueue = homeResource(roles) === 'requests' && canRolesAccess(roles, 'requests', 'list');
    const query = toQueue ? prefetchQueue('#/requests') : undefined;
    // The page the previous person left may be one this role cannot open: anyone
    // else starts on their own home (react-admin would send them to that page).
    if (isReturning(body.id)) return undefined;
    // Headed for the queue: its rows are drawn as soon as they answer, over the login page;
    // react-admin renders the queue beneath once that frame is shown (or after a slow list call).
    if (query)
      await overlayAfterLogin(
        {
          list: peekEarly(query.key),
          calendar: peekEarly(CALENDAR_STATUS_KEY),
          counts: peekEarly(COUNTS_KEY),
          filter: query.filter,
          sort: query.sort,
        },
        body,
        OVERLAY_WAIT_MS,
      );
    return { redirectTo: homePath(roles) };
  },
  logout: async () => {
    setSignedIn(null);
    forgetEarlyCalls();
    await fetch(`${API_URL}/auth/logout`, { method: 'POST', credentials: 'include' }).catch(() => undefined);
  },
  checkAuth: async () => {
    await requireMe();
  },
  checkError: async (error: { status?: number }) => {
    if (error?.status === 401) {
      setSignedIn(null);
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
