import type { Kysely } from 'kysely';
import type { DB } from '../../src/server/db/schema.ts';

// The few states a test needs that no API route makes (there is no route to
// disable a staff member). Kept in one file so column names live in one place.

/** A staff member an admin has switched off: staff_users.active = false. */
export async function disableStaffUser(db: Kysely<DB>, username: string): Promise<void> {
  const done = await db
    .updateTable('staffUsers')
    .set({ active: false })
    .where('username', '=', username)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) throw new Error(`no staff member ${username}`);
}
