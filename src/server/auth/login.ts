import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { ApiError } from '../http/errors.ts';
import { findStaffByUsername } from '../sql/users.ts';
import { lockoutMessage } from '../../domain/loginThrottle.ts';
import {
  forgetAttempt,
  forgetRows,
  loginAttemptVerdict,
  recordLoginFailure,
  type LoginAttempt,
} from './loginFailures.ts';
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from './password.ts';

/**
 * The staff member a username and password name, or a refusal: 429 while the
 * username or the address is locked, 401 for anything else wrong (the same
 * message whether the user exists, is disabled or mistyped).
 */
export async function authenticate(db: Kysely<DB>, attempt: LoginAttempt, password: string, now: Date) {
  // Before any hash: a locked attempt costs the server nothing, and even the
  // right password does not get in until the lock ends.
  const verdict = await loginAttemptVerdict(db, attempt, now);
  if (!verdict.allowed) throw new ApiError(429, lockoutMessage(verdict.minutesLeft));

  // Counted as a failure until the password proves right, so parallel attempts
  // see each other instead of all passing the check above at once.
  const provisional = await recordLoginFailure(db, attempt, now);
  const row = await findStaffByUsername(db, attempt.username.trim().toLowerCase());
  // A wrong username costs the same hash as a wrong password (no user enumeration).
  const ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH).catch(async (e: unknown) => {
    await forgetRows(db, provisional); // 503, busy: not a guess, not a failure
    throw e;
  });
  if (!row || !ok || !row.active) throw new ApiError(401, 'wrong username or password');
  // Right: this attempt's rows go, with the username's earlier failures (the address keeps its count).
  await forgetAttempt(db, attempt, provisional);
  if (needsRehash(row.passwordHash)) {
    // Only a login knows the password: the moment to move an old hash to today's parameters.
    const passwordHash = await hashPassword(password);
    await db.updateTable('staffUsers').set({ passwordHash }).where('id', '=', row.id).execute();
  }
  return row;
}
