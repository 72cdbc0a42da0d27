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

/** A wrong password (or unknown or disabled user): one row per key, and this key's stale rows go. */
export async function recordLoginFailure(
  db: Kysely<DB>,
  attempt: LoginAttempt,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): Promise<void> {
  const keys = [
    { kind: 'username' as const, key: usernameKey(attempt.username) },
    { kind: 'address' as const, key: attempt.address },
  ];
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('loginFailures')
      .values(keys.map((k) => ({ ...k, failedAt: now })))
      .execute();
    for (const k of keys) {
      await trx
        .deleteFrom('loginFailures')
        .where('kind', '=', k.kind)
        .where('key', '=', k.key)
        .where('failedAt', '<=', oldestThatCounts(policy, now))
        .execute();
    }
  });
}

/** A right password clears the username's count; the address's stays (it may be guessing other names). */
export async function clearUsernameFailures(db: Kysely<DB>, username: string): Promise<void> {
  await db
    .deleteFrom('loginFailures')
    .where('kind', '=', 'username')
    .where('key', '=', usernameKey(username))
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
