import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSlots } from '../../../src/server/auth/hashSlots.ts';
import {
  CURRENT_SCRYPT,
  hashPassword,
  needsRehash,
  OWASP_SCRYPT,
  scryptParamsFromEnv,
  TEST_SCRYPT,
  verifyPassword,
} from '../../../src/server/auth/password.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

describe('password hashes', () => {
  it("production hashes at OWASP's scrypt parameters, stored in the hash; tests opt into a cheaper set", async () => {
    expect(OWASP_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(scryptParamsFromEnv({})).toBe(OWASP_SCRYPT);
    expect(scryptParamsFromEnv({ SCRYPT_COST: 'test' })).toBe(TEST_SCRYPT);
    expect(() => scryptParamsFromEnv({ SCRYPT_COST: 'test', NODE_ENV: 'production' })).toThrow(
      /not NODE_ENV=production/,
    );
    expect(CURRENT_SCRYPT).toBe(TEST_SCRYPT); // vitest.config.ts sets SCRYPT_COST=test
    // One real hash at the production cost: Node's maxmem must allow its 128 MiB.
    const hash = await hashPassword('correct horse battery', OWASP_SCRYPT);
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('wrong horse battery', hash)).toBe(false);
    expect(needsRehash(hash, OWASP_SCRYPT)).toBe(false);
    expect(needsRehash(hash, TEST_SCRYPT)).toBe(true);
  }, 60_000);

  it('a stored hash asking for absurd parameters is refused, not computed', async () => {
    expect(await verifyPassword('x', 'scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
    expect(needsRehash('bcrypt$whatever')).toBe(true);
  });

  it('at most `concurrency` hashes run at once; a bounded queue waits, beyond it 503', async () => {
    const withSlot = hashSlots(2, 1);
    let running = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const work = () =>
      withSlot(async () => {
        peak = Math.max(peak, ++running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
      });
    const started = [work(), work(), work()];
    await expect(work()).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/busy/) });
    await new Promise((r) => setTimeout(r, 10));
    expect(releases).toHaveLength(2);
    releases.shift()!();
    await new Promise((r) => setTimeout(r, 10));
    expect(releases).toHaveLength(2); // the waiting one got the slot
    for (const release of releases.splice(0)) release();
    await Promise.all(started);
    expect(peak).toBe(2);
  });
});

describe.each(testEngines())('rehash on login on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  it("an old-parameter hash is replaced by one at today's parameters at the next successful login", async () => {
    const old = await hashPassword('demo1234', { N: 2 ** 14, r: 8, p: 1 });
    await database.db.updateTable('staffUsers').set({ passwordHash: old }).where('username', '=', 'finance').execute();
    const api = apiClient(database);
    const stored = () =>
      database.db
        .selectFrom('staffUsers')
        .select('passwordHash')
        .where('username', '=', 'finance')
        .executeTakeFirstOrThrow();

    // A failed login leaves it alone: only the right password can be rehashed.
    expect(
      (await api.call('POST', '/api/auth/login', { json: { username: 'finance', password: 'nope' } })).status,
    ).toBe(401);
    expect((await stored()).passwordHash).toBe(old);

    await api.login('finance');
    const now = (await stored()).passwordHash;
    expect(now).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(needsRehash(now)).toBe(false);
    await api.login('finance'); // still the same password
    expect((await stored()).passwordHash).toBe(now);
  }, 60_000);
});
