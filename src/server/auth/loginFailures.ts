import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import {
  DEFAULT_THROTTLE_POLICY,
  loginVerdict,
  usernameKey,
  type LoginVerdict,
  type ThrottlePolicy,
  type ThrottleRule,
} from '../../domain/loginThrottle.ts';

// Failed logins kept in the database (008_login_security.sql), so every server
// instance counts the same failures; domain/loginThrottle.ts decides.

const MINUTE_MS = 60_000;
const horizonMs = (rule: ThrottleRule) => (rule.windowMinutes + rule.lockMinutes) * MINUTE_MS;
/** Older failures can no longer lock anything under this policy. */
const oldestThatCounts = (policy: ThrottlePolicy, now: Date) =>
  new Date(now.getTime() - Math.max(horizonMs(policy.perUsername), horizonMs(policy.perAddress)));

export interface LoginAttempt {
  username: string;
  address: string;
}

async function failuresOf(db: Kysely<DB>, kind: 'username' | 'address', key: string, since: Date) {
  const rows = await db
    .selectFrom('loginFailures')
    .select('failedAt')
    .where('kind', '=', kind)
    .where('key', '=', key)
    .where('failedAt', '>', since)
    .execute();
  return rows.map((r) => r.failedAt);
}

/** Asked before the password is checked: a locked attempt costs no hash and is not recorded. */
export async function loginAttemptVerdict(
  db: Kysely<DB>,
  attempt: LoginAttempt,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): Promise<LoginVerdict> {
  const since = oldestThatCounts(policy, now);
  const [username, address] = await Promise.all([
    failuresOf(db, 'username', usernameKey(attempt.username), since),
    failuresOf(db, 'address', attempt.address, since),
  ]);
  return loginVerdict({ username, address }, now, policy);
}

/**
 * Recorded before the password is checked, as if it will be wrong: parallel
 * attempts then see each other's rows while their hashes wait for a slot,
 * instead of all passing the check at once. Returns the rows, for
 * `forgetAttempt` when the password turns out right. This key's stale rows go.
 */
export async function recordLoginFailure(
  db: Kysely<DB>,
  attempt: LoginAttempt,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): Promise<string[]> {
  const keys = [
    { kind: 'username' as const, key: usernameKey(attempt.username) },
    { kind: 'address' as const, key: attempt.address },
  ];
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .insertInto('loginFailures')
      .values(keys.map((k) => ({ ...k, failedAt: now })))
      .returning('id')
      .execute();
    for (const k of keys) {
      await trx
        .deleteFrom('loginFailures')
        .where('kind', '=', k.kind)
        .where('key', '=', k.key)
        .where('failedAt', '<=', oldestThatCounts(policy, now))
        .execute();
    }
    return rows.map((r) => r.id);
  });
}

/** An attempt that was never judged (no hash slot free): its provisional rows go. */
export async function forgetRows(db: Kysely<DB>, rows: string[]): Promise<void> {
  await db.deleteFrom('loginFailures').where('id', 'in', rows).execute();
}

/** The right password after all: its provisional rows go, and the username's count with them. */
export async function forgetAttempt(db: Kysely<DB>, attempt: LoginAttempt, rows: string[]): Promise<void> {
  await forgetRows(db, rows);
  await db
    .deleteFrom('loginFailures')
    .where('kind', '=', 'username')
    .where('key', '=', usernameKey(attempt.username))
    .execute();
}

/** The daily job's sweep: failures too old to lock anything. */
export async function deleteStaleLoginFailures(
  db: Kysely<DB>,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): Promise<number> {
  const r = await db
    .deleteFrom('loginFailures')
    .where('failedAt', '<=', oldestThatCounts(policy, now))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
