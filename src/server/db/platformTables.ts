import type { Generated, GeneratedAlways } from 'kysely';
import type { CreatedAt, Timestamp } from './columnTypes.ts';
import type { CalendarDayKind, Language, Role } from '../../domain/vocabulary.ts';

// The tables around the workflow (schema.ts): who may sign in (staff and their
// sessions, intake API keys), settings, the working-day calendar and the
// migrations applied.

export interface StaffUsersTable {
  id: Generated<number>;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  language: Generated<Language>;
  passwordHash: string;
  active: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: CreatedAt;
  /** A temporary password (new account, admin reset): only the own-password change works until it is changed. */
  mustChangePassword: Generated<boolean>;
  lastLoginAt: Timestamp | null;
  passwordChangedAt: Timestamp | null;
}

export interface SessionsTable {
  /** What the profile lists and revokes; the token hash never leaves the server. */
  id: GeneratedAlways<number>;
  tokenHash: string;
  userId: number;
  createdAt: CreatedAt;
  lastSeenAt: CreatedAt;
  expiresAt: Timestamp;
}

export interface IntakeApiKeysTable {
  id: Generated<number>;
  name: string;
  keyHash: string;
  createdAt: CreatedAt;
  revokedAt: Timestamp | null;
  /** Null: a service key acting for every account; else the one account the key may reach. */
  accountId: number | null;
}

export interface SettingsTable {
  key: string;
  value: unknown;
  updatedAt: CreatedAt;
}

/** The one row holding the settings' version (migration 018): what a settings save's If-Match names. */
export interface SettingsRevisionTable {
  id: Generated<boolean>;
  version: Generated<number>;
  /** The last save from the settings page; null before the first. */
  updatedAt: Timestamp | null;
  updatedBy: number | null;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  updatedAt: CreatedAt;
  /** Bumped by every day edit of the year: what a day edit's If-Match names (migration 014). */
  version: Generated<number>;
}

export interface CalendarDaysTable {
  day: string;
  kind: CalendarDayKind;
  name: Generated<string>;
  year: number;
}

export interface SchemaMigrationsTable {
  name: string;
  appliedAt: CreatedAt;
}

/** A failed login, counted against a username key or a client address (008_login_security.sql). */
export interface LoginFailuresTable {
  id: Generated<string>;
  kind: 'username' | 'address';
  key: string;
  failedAt: Timestamp;
}
