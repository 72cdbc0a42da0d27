import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { SESSION_TTL_MS } from '../../../src/server/auth/sessions.ts';
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
});
