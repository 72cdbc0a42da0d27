import type { Kysely } from 'kysely';
import type { Database } from './db/database.ts';
import type { DB } from './db/schema.ts';
import type { Language, Role } from '../domain/vocabulary.ts';
import type { FileStore } from './storage/fileStore.ts';
import type { PayoutGateway } from './payouts/gateway.ts';

export interface StaffIdentity {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  language: Language;
  /** A temporary password: every staff route but the own-password change answers 403 until it is changed. */
  mustChangePassword: boolean;
}

export interface AppDeps {
  database: Database;
  /** Injected clock: tests move time, production uses the wall clock. */
  now: () => Date;
  /** The session cookie is `__Host-` prefixed and `Secure` (false: INSECURE_COOKIES=1, plain HTTP). */
  secureCookies: boolean;
  /** TRUST_PROXY=1: X-Forwarded-For's first hop is the client's address (login throttling). */
  trustProxy?: boolean;
  /** Supporting documents' files (DATA_DIR/files); without it uploads and downloads answer 503. */
  files?: FileStore;
  /** How refunds are paid out; default the manual gateway (finance enters the bank-transfer reference). */
  payoutGateway?: PayoutGateway;
}

export interface IntakeKey {
  id: number;
  name: string;
  /** Null: a service key for every account. */
  accountId: number | null;
}

/** Hono's typed context: what middleware puts on `c.var` for handlers. */
export interface AppEnv {
  Variables: {
    deps: AppDeps;
    db: Kysely<DB>;
    user: StaffIdentity;
    /** The intake API key a customer-side call came with (set by requireIntakeKey). */
    intakeKey: IntakeKey;
  };
}
