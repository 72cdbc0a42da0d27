import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IntakeKey } from '../../context.ts';
import { ApiError, notFound } from '../../http/errors.ts';
import { accountIdOfNumber, findRequestByNumber } from '../../sql/intakeAccess.ts';
import { REQUEST_NUMBER_PATTERN } from '../../../domain/requestNumber.ts';

/** A key bound to an account submits for that account only: anything else is refused (403), before any work. */
export async function checkAccountOfKey(
  db: Kysely<DB>,
  key: IntakeKey,
  target: { accountId?: number; accountNumber?: string },
) {
  if (key.accountId === null) return;
  const accountId =
    target.accountId ??
    (target.accountNumber === undefined ? undefined : await accountIdOfNumber(db, target.accountNumber));
  if (accountId !== key.accountId) {
    throw new ApiError(403, 'this intake API key belongs to another account', undefined, {
      code: 'key_account_mismatch',
    });
  }
}

/**
 * The request a customer names by its number, if this key may reach it.
 * Another account's request is "not found", exactly like a number nobody
 * was given: an account's key cannot probe which numbers exist.
 */
export async function requestOfNumber(db: Kysely<DB>, number: string, key: IntakeKey) {
  if (!REQUEST_NUMBER_PATTERN.test(number)) throw notFound('request');
  const row = await findRequestByNumber(db, number);
  if (!row || (key.accountId !== null && row.accountId !== key.accountId)) throw notFound('request');
  return { id: row.id, holderName: row.holderName };
}
