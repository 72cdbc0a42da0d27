import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** The live (not revoked) intake API key with this hash. */
export function findIntakeKey(db: Kysely<DB>, keyHash: string) {
  return db
    .selectFrom('intakeApiKeys')
    .select(['id', 'name', 'accountId'])
    .where('keyHash', '=', keyHash)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
}

export async function accountIdOfNumber(db: Kysely<DB>, accountNumber: string): Promise<number | undefined> {
  return (await db.selectFrom('accounts').select('id').where('accountNumber', '=', accountNumber).executeTakeFirst())
    ?.id;
}

/** A request by its public number, with what the customer side needs: its account and holder. */
export function findRequestByNumber(db: Kysely<DB>, number: string) {
  return db
    .selectFrom('cancellationRequests as r')
    .innerJoin('accounts as a', 'a.id', 'r.accountId')
    .select(['r.id', 'r.accountId', 'a.holderName'])
    .where('r.number', '=', number)
    .executeTakeFirst();
}
