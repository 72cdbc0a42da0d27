import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

// Pay's Idempotency-Key (the IETF draft's rules): the first call with a key
// claims it; a retry with the same body gets the first answer back; the
// same key with another body is 422; while the first is running, 409.

/** A claim left unfinished this long (a crashed server) may be taken over by a retry. */
const ABANDONED_MS = 5 * 60_000;

export type KeyClaim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'in_flight' }
  | { kind: 'mismatch' };

export interface KeyRef {
  staffId: number;
  idempotencyKey: string;
}

export async function claimPayoutKey(
  db: Kysely<DB>,
  ref: KeyRef & { refundId: number; fingerprint: string },
  now: Date,
): Promise<KeyClaim> {
  const inserted = await db
    .insertInto('refundPayoutKeys')
    .values({ ...ref, createdAt: now })
    .onConflict((oc) => oc.columns(['staffId', 'idempotencyKey']).doNothing())
    .returning('staffId')
    .executeTakeFirst();
  if (inserted) return { kind: 'claimed' };
  const existing = await db
    .selectFrom('refundPayoutKeys')
    .selectAll()
    .where('staffId', '=', ref.staffId)
    .where('idempotencyKey', '=', ref.idempotencyKey)
    .executeTakeFirst();
  // Released between our insert and this read: the caller may simply try again.
  if (!existing) return { kind: 'in_flight' };
  if (existing.fingerprint !== ref.fingerprint) return { kind: 'mismatch' };
  if (existing.completedAt !== null && existing.responseStatus !== null) {
    return { kind: 'replay', status: existing.responseStatus, body: existing.responseBody };
  }
  if (now.getTime() - existing.createdAt.getTime() < ABANDONED_MS) return { kind: 'in_flight' };
  const taken = await db
    .updateTable('refundPayoutKeys')
    .set({ createdAt: now })
    .where('staffId', '=', ref.staffId)
    .where('idempotencyKey', '=', ref.idempotencyKey)
    .where('createdAt', '=', existing.createdAt)
    .where('completedAt', 'is', null)
    .returning('staffId')
    .executeTakeFirst();
  return taken ? { kind: 'claimed' } : { kind: 'in_flight' };
}

/** The answer a retry will get, stored in the transaction that made it. */
export async function completePayoutKey(
  trx: Transaction<DB> | Kysely<DB>,
  ref: KeyRef,
  response: { status: number; body: unknown },
  now: Date,
): Promise<void> {
  await trx
    .updateTable('refundPayoutKeys')
    .set({ completedAt: now, responseStatus: response.status, responseBody: JSON.stringify(response.body) })
    .where('staffId', '=', ref.staffId)
    .where('idempotencyKey', '=', ref.idempotencyKey)
    .execute();
}

/** Nothing happened (refused before paying, or no answer from the gateway): the key may be used again. */
export async function releasePayoutKey(db: Kysely<DB>, ref: KeyRef): Promise<void> {
  await db
    .deleteFrom('refundPayoutKeys')
    .where('staffId', '=', ref.staffId)
    .where('idempotencyKey', '=', ref.idempotencyKey)
    .where('completedAt', 'is', null)
    .execute();
}
