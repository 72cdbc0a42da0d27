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

/**
 * Service keys (no account) come only from the configuration: the listed ones
 * are made sure of, and every other active service key is revoked, so a key
 * taken out of INTAKE_API_KEYS stops working at the next start. A revoked key
 * stays revoked even if listed again: a leaked key is replaced, not revived.
 * Account keys (`npm run intake-key`) are left alone. Returns the names revoked.
 */
export async function syncServiceKeys(db: Kysely<DB>, keys: { name: string; key: string }[]): Promise<string[]> {
  for (const k of keys) await ensureIntakeKey(db, k.name, k.key);
  const listed = keys.map((k) => hashApiKey(k.key));
  const revoked = await db
    .updateTable('intakeApiKeys')
    .set({ revokedAt: new Date() })
    .where('accountId', 'is', null)
    .where('revokedAt', 'is', null)
    .$if(listed.length > 0, (q) => q.where('keyHash', 'not in', listed))
    .returning('name')
    .execute();
  return revoked.map((r) => r.name);
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
