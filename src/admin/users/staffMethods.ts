import type { Language } from '../../domain/vocabulary.ts';
import type { StaffUser } from '../types.ts';

/** A staff account as the admin gets it back with a temporary password (shown once). */
export type StaffUserWithPassword = StaffUser & { temporaryPassword: string };

/** One of the signed-in person's sessions (GET /api/profile/sessions). */
export interface OwnSession {
  id: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

export interface StaffMethods {
  disableUser: (id: number) => Promise<StaffUser>;
  enableUser: (id: number) => Promise<StaffUser>;
  resetUserPassword: (id: number) => Promise<StaffUserWithPassword>;
  changeOwnPassword: (body: { currentPassword: string; newPassword: string }) => Promise<unknown>;
  setOwnLanguage: (language: Language) => Promise<unknown>;
  ownSessions: () => Promise<OwnSession[]>;
  revokeSession: (id: number) => Promise<unknown>;
  revokeOtherSessions: () => Promise<{ revoked: number }>;
}

type Call = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** Staff administration (admin) and everyone's own profile, over the data provider's HTTP client. */
export const staffMethods = (call: Call): StaffMethods => ({
  disableUser: (id) => call('POST', `/users/${id}/disable`, {}),
  enableUser: (id) => call('POST', `/users/${id}/enable`, {}),
  resetUserPassword: (id) => call('POST', `/users/${id}/reset-password`, {}),
  changeOwnPassword: (body) => call('POST', '/profile/password', body),
  setOwnLanguage: (language) => call('PUT', '/profile', { language }),
  ownSessions: () => call('GET', '/profile/sessions'),
  revokeSession: (id) => call('DELETE', `/profile/sessions/${id}`),
  revokeOtherSessions: () => call('POST', '/profile/sessions/revoke-others', {}),
});
