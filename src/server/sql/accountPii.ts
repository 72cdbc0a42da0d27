import type { Kysely } from 'kysely';
import type { StaffIdentity } from '../context.ts';
import type { DB } from '../db/schema.ts';
import { notFound } from '../http/errors.ts';
import { writeAudit } from './audit.ts';

/** The personal data every other answer masks, in full. */
export interface AccountPii {
  phone: string;
  email: string | null;
  /** As stored: the register keeps ID numbers partly masked already (`id_number_masked`). */
  idNumber: string | null;
  iccid: string | null;
  msisdn: string | null;
}

/**
 * Reads an account's full personal data and records who saw which fields, in
 * one transaction: no reveal without its audit event.
 */
export async function revealAccountPii(db: Kysely<DB>, id: number, user: StaffIdentity, now: Date) {
  return db.transaction().execute(async (trx): Promise<AccountPii> => {
    const row = await trx
      .selectFrom('accounts')
      .select(['phone', 'email', 'idNumberMasked as idNumber', 'iccid', 'msisdn'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('account');
    const fields = Object.entries(row)
      .filter(([, value]) => value !== null)
      .map(([field]) => field);
    await writeAudit(trx, {
      actor: { type: 'staff', user },
      action: 'account.pii_revealed',
      entityType: 'account',
      entityId: id,
      accountId: id,
      after: { fields },
      at: now,
    });
    return row;
  });
}
