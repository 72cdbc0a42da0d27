import type { Kysely } from 'kysely';
import { verifyPassword } from './auth/password.ts';
import { DEMO_INTAKE_KEY } from './config.ts';
import type { DB } from './db/schema.ts';
import { DEMO_PASSWORD, DEMO_STAFF } from './seed/staff.ts';

/** Printed at every start in demo mode: the passwords and the key below are public. */
export function demoWarning(): string {
  const names = DEMO_STAFF.map((s) => s.username).join(', ');
  const bar = '!'.repeat(78);
  return [
    bar,
    '!! DEMO MODE: not for real customers.',
    `!! Staff ${names} log in with the password "${DEMO_PASSWORD}",`,
    `!! and the intake API key "${DEMO_INTAKE_KEY}" files and withdraws requests.`,
    '!! Both are published in the source code: anyone who reaches this port can use them.',
    '!! For real use: DEMO_DATA=0 (the default with DATABASE_URL or NODE_ENV=production).',
    bar,
  ].join('\n');
}

/**
 * Outside demo mode, demo staff that still have the published password are
 * disabled (never deleted: the audit points at them); the demo intake key is
 * revoked by the intake key sync. Returns the usernames disabled.
 */
export async function disableDemoStaff(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('staffUsers')
    .select(['id', 'username', 'passwordHash'])
    .where(
      'username',
      'in',
      DEMO_STAFF.map((s) => s.username),
    )
    .where('active', '=', true)
    .execute();
  const still = [];
  for (const row of rows) if (await verifyPassword(DEMO_PASSWORD, row.passwordHash)) still.push(row);
  if (still.length === 0) return [];
  await db
    .updateTable('staffUsers')
    .set({ active: false })
    .where(
      'id',
      'in',
      still.map((r) => r.id),
    )
    .execute();
  return still.map((r) => r.username);
}
