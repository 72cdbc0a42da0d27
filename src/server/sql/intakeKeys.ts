import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { hashApiKey } from '../auth/requireIntakeKey.ts';

/**
 * Makes sure a key is accepted; only its hash is stored. With `accountId` the
 * key reaches that account's requests only; without, every account's.
 */
export async function ensureIntakeKey(
  db: Kysely<DB>,
  name: string,
  key: string,
  accountId: number | null = null,
): Promise<void> {
  await db
    .insertInto('intakeApiKeys')
    .values({ name, keyHash: hashApiKey(key), accountId })
    .onConflict((oc) => oc.column('keyHash').doNothing())
    .execute();
}

/** `INTAKE_API_KEYS=portal:secret1,service:secret2` */
export function parseIntakeKeys(value: string | undefined): { name: string; key: string }[] {
  if (!value) return [];
  return value
    .split(',')
    .map((pair, i) => {
      const at = pair.indexOf(':');
      return at > 0
        ? { name: pair.slice(0, at).trim(), key: pair.slice(at + 1).trim() }
        : { name: `key${i + 1}`, key: pair.trim() };
    })
    .filter((k) => k.key.length >= 16);
}
