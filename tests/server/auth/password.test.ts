import { scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSlots } from '../../../src/server/auth/hashSlots.ts';
import {
  DUMMY_HASH,
  hashPassword,
  needsRehash,
  OWASP_ARGON2ID,
  verifyPassword,
} from '../../../src/server/auth/password.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

/** A hash as the earlier scheme stored it: scrypt$N$r$p$salt$key (base64). */
async function scryptHash(password: string, N: number) {
  const salt = Buffer.from('0123456789abcdef');
  const key = scryptSync(password, salt, 32, { N, r: 8, p: 1 });
  return ['scrypt', N, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

const fill = (n: number) => 'A'.repeat(n);

describe('password hashes', () => {
  it("new hashes are argon2id at OWASP's parameters, stored in the hash", async () => {
    expect(OWASP_ARGON2ID).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('wrong horse battery', hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash(hash, { ...OWASP_ARGON2ID, timeCost: 3 })).toBe(true);
    expect(await hashPassword('correct horse battery')).not.toBe(hash); // a new salt each time
  });

  it('hashes of the earlier scrypt scheme still verify, and ask to be redone', async () => {
    const old = await scryptHash('correct horse battery', 2 ** 14);
    expect(await verifyPassword('correct horse battery', old)).toBe(true);
    expect(await verifyPassword('wrong horse battery', old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  it('no password matches the dummy hash, made at today’s parameters', async () => {
    expect(needsRehash(DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('correct horse battery', DUMMY_HASH)).toBe(false);
  });

  it('a stored hash asking for absurd parameters or another scheme is refused, not computed', async () => {
    expect(await verifyPassword('x', 'scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA')).toBe(false);
    expect(await verifyPassword('x', `$argon2id$v=19$m=4194304,t=2,p=1$${fill(22)}$${fill(43)}`)).toBe(false);
    expect(await verifyPassword('x', `$argon2id$v=19$m=19456,t=1000,p=1$${fill(22)}$${fill(43)}`)).toBe(false);
    expect(await verifyPassword('x', `$argon2i$v=19$m=19456,t=2,p=1$${fill(22)}$${fill(43)}`)).toBe(false);
    expect(await verifyPassword('x', '$argon2id$garbage')).toBe(false);
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

  it.each([
    ['an argon2id hash at other parameters', () => hashPassword('demo1234', { ...OWASP_ARGON2ID, timeCost: 1 })],
    ['an scrypt hash of the earlier scheme', () => scryptHash('demo1234', 2 ** 14)],
  ])("%s is replaced by one at today's parameters at the next successful login", async (_, makeOld) => {
    const old = await makeOld();
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
    expect(now).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(needsRehash(now)).toBe(false);
    await api.login('finance'); // still the same password
    expect((await stored()).passwordHash).toBe(now);
  });
});
