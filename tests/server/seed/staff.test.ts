import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../src/server/auth/password.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { DEMO_PASSWORD, DEMO_STAFF, createAdmin, seedDemoStaff } from '../../../src/server/seed/staff.ts';
import { freshDatabase } from './freshDatabase.ts';

describe('demo staff', { timeout: 60_000 }, () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase('pglite');
  });
  afterAll(async () => {
    await database.close();
  });

  it('every demo user logs in with demo1234 and has the roles of their job', async () => {
    expect(await seedDemoStaff(database.db)).toBe(7);
    const users = await database.db.selectFrom('staffUsers').selectAll().orderBy('id').execute();
    expect(users.map((u) => [u.username, u.roles])).toEqual([
      ['reviewer', ['reviewer']],
      ['reviewer2', ['reviewer']],
      ['reviewer3', ['reviewer']],
      ['finance', ['finance']],
      ['finance2', ['finance']],
      ['manager', ['manager', 'reviewer']],
      ['admin', ['admin']],
    ]);
    for (const u of users) {
      expect(await verifyPassword(DEMO_PASSWORD, u.passwordHash)).toBe(true);
      expect(u.language).toBe('zh-CN');
      expect(u.displayName).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    }
  });

  it('seeding again creates nobody and keeps changed passwords', async () => {
    const before = await database.db
      .selectFrom('staffUsers')
      .select(['username', 'passwordHash'])
      .orderBy('id')
      .execute();
    expect(await seedDemoStaff(database.db)).toBe(0);
    const after = await database.db
      .selectFrom('staffUsers')
      .select(['username', 'passwordHash'])
      .orderBy('id')
      .execute();
    expect(after).toEqual(before);
    expect(after).toHaveLength(DEMO_STAFF.length);
  });

  it('createAdmin makes a production admin and refuses to overwrite an existing user', async () => {
    const id = await createAdmin(database.db, {
      username: 'ops.lead',
      password: 'correct horse',
      displayName: '运维负责人',
    });
    const row = await database.db.selectFrom('staffUsers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.roles).toEqual(['admin']);
    expect(await verifyPassword('correct horse', row.passwordHash)).toBe(true);
    await expect(
      createAdmin(database.db, { username: 'ops.lead', password: 'another one', displayName: 'x' }),
    ).rejects.toThrow(/already exists/);
    await expect(createAdmin(database.db, { username: 'short', password: 'abc', displayName: 'x' })).rejects.toThrow(
      /at least 8/,
    );
    await expect(
      createAdmin(database.db, { username: 'Bad Name', password: 'long enough', displayName: 'x' }),
    ).rejects.toThrow(/username/);
  });
});
