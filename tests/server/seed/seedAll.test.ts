import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { seedIfEmpty } from '../../../src/server/seed/seedAll.ts';
import { createAdmin } from '../../../src/server/seed/staff.ts';
import { freshDatabase } from './freshDatabase.ts';

const NOW = new Date('2026-11-25T02:00:00Z');

const count = async (database: Database, table: 'staffUsers' | 'cancellationRequests' | 'calendarYears') =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('seedIfEmpty', { timeout: 90_000 }, () => {
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('seeds calendar, staff and requests into a database nobody has used, once', async () => {
    database = await freshDatabase('pglite');
    expect(await seedIfEmpty(database, { requests: 25, now: NOW })).toBe(true);
    expect(await count(database, 'calendarYears')).toBe(2);
    expect(await count(database, 'staffUsers')).toBe(7);
    expect(await count(database, 'cancellationRequests')).toBe(25);
    expect(await seedIfEmpty(database, { requests: 25, now: NOW })).toBe(false);
    expect(await count(database, 'cancellationRequests')).toBe(25);
  });

  it('leaves a production database with its first admin alone', async () => {
    database = await freshDatabase('pglite');
    await createAdmin(database.db, { username: 'root', password: 'long password', displayName: '管理员' });
    expect(await seedIfEmpty(database, { requests: 25, now: NOW })).toBe(false);
    expect(await count(database, 'staffUsers')).toBe(1);
    expect(await count(database, 'cancellationRequests')).toBe(0);
  });
});
