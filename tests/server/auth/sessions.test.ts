import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { SESSION_MAX_AGE_MS, SESSION_TTL_MS } from '../../../src/server/auth/sessions.ts';
import { removeExpiredSignIns } from '../../../src/server/jobs/signInCleanup.ts';
import { apiClient } from '../../support/apiClient.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { disableStaffUser } from '../../support/directDb.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);

describe.each(testEngines())('sessions on %s', (engine) => {
  let database: Database;
  let clock = TEST_NOW;
  let api: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    api = apiClient(database, () => clock);
  });
  afterAll(() => database.close());

  const me = (cookie: string) => api.call('GET', '/api/auth/me', { cookie });

  it('a session ends 12 hours after its last use: 401', async () => {
    clock = TEST_NOW;
    const { cookie } = await api.login('reviewer');
    clock = at(SESSION_TTL_MS - 1000);
    expect((await me(cookie)).status).toBe(200);
    // That request renewed it for another 12 hours from then; past that, it is over.
    clock = at(SESSION_TTL_MS + 1000);
    expect((await me(cookie)).status).toBe(200);
    clock = at(2 * SESSION_TTL_MS);
    const expired = await me(cookie);
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ message: 'not logged in' });
    expect((await api.call('GET', '/api/requests', { cookie })).status).toBe(401);
  });

  it('a session is over the instant its 12 hours end, without a request in between', async () => {
    clock = TEST_NOW;
    const { cookie } = await api.login('reviewer2');
    clock = at(SESSION_TTL_MS);
    expect((await me(cookie)).status).toBe(401);
  });

  it("a disabled staff member's open session stops working (401) and they cannot log in again", async () => {
    clock = TEST_NOW;
    const { cookie } = await api.login('reviewer3');
    expect((await me(cookie)).status).toBe(200);
    await disableStaffUser(database.db, 'reviewer3');
    const refused = await me(cookie);
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ message: 'not logged in' });
    expect((await api.call('GET', '/api/requests', { cookie })).status).toBe(401);
    const login = await api.call('POST', '/api/auth/login', { json: { username: 'reviewer3', password: 'demo1234' } });
    expect(login.status).toBe(401);
  });

  it('a login always gets a new session, and the one it came with ends', async () => {
    clock = TEST_NOW;
    const first = await api.login('manager');
    const again = await api.call('POST', '/api/auth/login', {
      cookie: first.cookie,
      json: { username: 'manager', password: 'demo1234' },
    });
    expect(again.status).toBe(200);
    const second = again.headers.get('set-cookie')!.split(';')[0]!;
    expect(second).not.toBe(first.cookie);
    expect((await me(first.cookie)).status).toBe(401);
    expect((await me(second)).status).toBe(200);
    // Without a cookie, each login is a session of its own; both stay valid.
    const third = await api.login('manager');
    expect(third.cookie).not.toBe(second);
    expect((await me(second)).status).toBe(200);
  });

  it('a session in constant use still ends 7 days after its login', async () => {
    clock = TEST_NOW;
    const { cookie } = await api.login('finance');
    const elevenHours = 11 * 60 * 60 * 1000;
    for (let t = elevenHours; t < SESSION_MAX_AGE_MS; t += elevenHours) {
      clock = at(t);
      expect((await me(cookie)).status, `after ${t / 3_600_000} h`).toBe(200);
    }
    clock = at(SESSION_MAX_AGE_MS - 1000);
    expect((await me(cookie)).status).toBe(200);
    clock = at(SESSION_MAX_AGE_MS);
    expect((await me(cookie)).status).toBe(401);
  });

  it('the daily job removes sessions past either end and failed logins too old to lock', async () => {
    clock = TEST_NOW;
    const idle = await api.login('reviewer');
    clock = at(SESSION_MAX_AGE_MS - 60_000);
    const fresh = await api.login('reviewer2');
    await api.call('POST', '/api/auth/login', { json: { username: 'reviewer', password: 'wrong' } });
    const sessionCount = () =>
      database.db
        .selectFrom('sessions')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
    const before = Number((await sessionCount()).n);
    const failures = () => database.db.selectFrom('loginFailures').selectAll().execute();
    expect((await failures()).filter((f) => f.failedAt > TEST_NOW)).toHaveLength(2); // username + address

    // A day on: the first logins are past their 12 idle hours and their 7 days.
    const removed = await removeExpiredSignIns(database.db, at(SESSION_MAX_AGE_MS + 60 * 60 * 1000));
    expect(removed.sessions).toBeGreaterThan(0);
    expect(removed.loginFailures).toBeGreaterThanOrEqual(2);
    expect(Number((await sessionCount()).n)).toBe(before - removed.sessions);
    expect(await failures()).toEqual([]);
    clock = at(SESSION_MAX_AGE_MS);
    expect((await me(fresh.cookie)).status).toBe(200);
    expect((await me(idle.cookie)).status).toBe(401);
  });
});
