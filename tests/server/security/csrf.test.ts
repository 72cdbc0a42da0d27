import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { aRequest, addIntakeKey } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

// app.request() builds its URLs on http://localhost: that is the server's own origin here.
const OWN = 'http://localhost';

describe.each(testEngines())('CSRF: state-changing staff calls from another site are refused on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof apiClient>;
  let cookie: string;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    api = apiClient(database);
    cookie = (await api.login('reviewer')).cookie;
  });
  afterAll(() => database.close());

  const claim = (headers: Record<string, string>) =>
    api.call<{ message: string; code?: string }>('POST', '/api/requests/next', { cookie, headers });

  const claimedCount = async () =>
    (
      await database.db
        .selectFrom('cancellationRequests')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'in_review')
        .executeTakeFirstOrThrow()
    ).n;

  it('another origin or a cross-site fetch gets 403 JSON and claims nothing', async () => {
    await aRequest(database.db, { status: 'submitted' });
    const before = await claimedCount();
    for (const headers of <Record<string, string>[]>[
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://desk.example.com' },
      { origin: 'null' },
    ]) {
      const res = await claim(headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/json/);
      expect(res.body.message).toMatch(/another site/);
      expect(res.body.code).toBe('csrf');
    }
    expect(await claimedCount()).toBe(before);
  });

  it('the SPA (own Origin, or Sec-Fetch-Site same-origin with no Origin) and non-browser clients pass', async () => {
    for (const headers of <Record<string, string>[]>[{ origin: OWN }, { 'sec-fetch-site': 'same-origin' }, {}]) {
      await aRequest(database.db, { status: 'submitted' });
      const res = await claim(headers);
      expect(res.status, JSON.stringify(headers)).not.toBe(403);
    }
  });

  it('login from another site is refused too; reading is never refused', async () => {
    const login = await api.call('POST', '/api/auth/login', {
      json: { username: 'reviewer', password: 'demo1234' },
      headers: { origin: 'https://evil.example' },
    });
    expect(login.status).toBe(403);
    const read = await api.call('GET', '/api/requests', { cookie, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(read.status).toBe(200);
  });

  it('the intake API (a key, server to server) is not subject to it', async () => {
    const key = await addIntakeKey(database.db);
    const r = await aRequest(database.db, { status: 'awaiting_customer' });
    const res = await api.call('POST', `/api/intake/requests/${r.number}/answer`, {
      json: { message: 'here' },
      headers: { authorization: `Bearer ${key}`, origin: 'https://portal.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(200);
  });
});
