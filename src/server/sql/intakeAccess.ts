import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** The live (not revoked) intake API key with this hash. */
export function findIntakeKey(db: Kysely<DB>, keyHash: string) {
  return db
    .selectFrom('intake_api_keys')
    .select(['id', 'name', 'account_id'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function accountIdOfNumber(db: Kysely<DB>, accountNumber: string): Promise<number | undefined> {
  return (await db.selectFrom('accounts').select('id').where('account_number', '=', accountNumber).executeTakeFirst())?.id;
}

/** A request by its public number, with what the customer side needs: its account and holder. */
export function findRequestByNumber(db: Kysely<DB>, number: string) {
  return db
    .selectFrom('cancellation_requests as r')
    .innerJoin('accounts as a', 'a.id', 'r.account_id')
    .select(['r.id', 'r.account_id', 'a.holder_name'])
    .where('r.number', '=', number)
    .executeTakeFirst();
}
