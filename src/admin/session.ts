import type { Language } from '../domain/vocabulary.ts';
import { API_URL } from './earlyCalls.ts';
import { homeResource } from './home.ts';

export interface StaffIdentity {
  id: number;
  username: string;
  displayName: string;
  roles: string[];
  language: Language;
  /** A temporary password: the app shows only the change-password page until it is changed. */
  mustChangePassword: boolean;
}

/**
 * Who is signed in, asked once per page load (at boot, in main.tsx, before
 * react-admin is evaluated) and set again by login and logout. Light on
 * imports for that reason: authProvider builds react-admin's side on it.
 */
let current: Promise<StaffIdentity | null> | null = null;

/**
 * The signed-in person's home page ('requests', 'refunds', 'users'), kept for
 * the next visit: a reload of "/" then starts the queue's calls at once
 * instead of after the session check (main.tsx). Only a hint: the server
 * still checks every call.
 */
const HOME_KEY = 'CancelDesk.home';
export const rememberedHome = (): string | null => globalThis.localStorage?.getItem(HOME_KEY) ?? null;
const rememberHome = (identity: StaffIdentity | null) => {
  if (identity) globalThis.localStorage?.setItem(HOME_KEY, homeResource(identity.roles));
  else globalThis.localStorage?.removeItem(HOME_KEY);
};

/** Who was last signed in in this tab: after their own session ends they may return to their page. */
let lastStaffId: number | null = null;

const fetchMe = async (): Promise<StaffIdentity | null> => {
  const response = await fetch(`${API_URL}/auth/me`, { credentials: 'include' });
  if (response.status === 401) {
    rememberHome(null);
    return null;
  }
  if (!response.ok) throw new Error('ra.notification.http_error');
  const identity = (await response.json()) as StaffIdentity;
  lastStaffId = identity.id;
  rememberHome(identity);
  return identity;
};

/** A login call under way (signingIn): until it answers, nobody can say who is signed in. */
let pendingLogin: Promise<unknown> | null = null;

/**
 * Runs a login (the call up to setSignedIn); me() waits for it meanwhile. A
 * route change while the login call was under way asked react-admin's
 * checkAuth, which read "nobody" and logged out the session that call was
 * opening.
 */
export const signingIn = async <T>(login: Promise<T>): Promise<T> => {
  pendingLogin = login;
  try {
    return await login;
  } finally {
    if (pendingLogin === login) pendingLogin = null;
  }
};

/** The signed-in staff member (one GET /api/auth/me per page load); null when nobody is. */
export const me = (): Promise<StaffIdentity | null> => {
  if (pendingLogin) return pendingLogin.then(me, me);
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

/** After login (the identity the server answered), logout or a 401 (null). */
export const setSignedIn = (identity: StaffIdentity | null) => {
  current = Promise.resolve(identity);
  rememberHome(identity);
};

/** True when `id` is who was signed in last in this tab; remembers `id` for the next login. */
export const isReturning = (id: number | undefined): boolean => {
  const returning = id !== undefined && id === lastStaffId;
  lastStaffId = id ?? null;
  return returning;
};
