import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

const MINUTE = 60_000;
const WRONG = 'not the password';

describe.each(testEngines())('login throttling on %s', (engine) => {
  let database: Database;
  let clock = TEST_NOW;
  let app: ReturnType<typeof createApp>;
  let proxied: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, now: () => clock, secureCookies: false });
    proxied = createApp({ database, now: () => clock, secureCookies: false, trustProxy: true });
  });
  afterAll(() => database.close());

  // As hono/node-server hands a request over: the socket's peer is the address.
  async function login(username: string, password: string, address: string, headers: Record<string, string> = {}) {
    const res = await (headers['x-forwarded-for'] ? proxied : app).request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ username, password }),
      },
      { incoming: { socket: { remoteAddress: address } } },
    );
    return { status: res.status, body: (await res.json()) as { message?: string } };
  }
  const at = (minutes: number) => new Date(TEST_NOW.getTime() + minutes * MINUTE);

  it('twelve wrong passwords, then the right one: locked (429, minutes left), no login', async () => {
    clock = at(0);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await login('reviewer', WRONG, '10.0.0.1')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, ...Array(7).fill(429)]);
    const right = await login('reviewer', 'demo1234', '10.0.0.1');
    expect(right).toEqual({ status: 429, body: { message: 'Too many failed logins: try again in 15 minutes' } });
    // The username is locked whatever the address: "Reviewer " is the same key.
    expect((await login('Reviewer ', 'demo1234', '10.9.9.9')).status).toBe(429);
    clock = at(10);
    expect((await login('reviewer', 'demo1234', '10.0.0.2')).body.message).toBe(
      'Too many failed logins: try again in 5 minutes',
    );
    clock = at(14.5);
    expect((await login('reviewer', 'demo1234', '10.0.0.2')).body.message).toMatch(/try again in 1 minute$/);
    // The locked attempts were not recorded: the lock ends 15 minutes after the fifth failure.
    clock = at(15);
    expect((await login('reviewer', 'demo1234', '10.0.0.2')).status).toBe(200);
  }, 120_000);

  it('a right password clears the username count; the address keeps its own', async () => {
    clock = at(100);
    for (let i = 0; i < 4; i++) expect((await login('reviewer2', WRONG, '10.0.1.1')).status).toBe(401);
    expect((await login('reviewer2', 'demo1234', '10.0.1.1')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login('reviewer2', WRONG, '10.0.1.1')).status).toBe(401);
    expect((await login('reviewer2', 'demo1234', '10.0.1.1')).status).toBe(200);
    const rows = await database.db
      .selectFrom('loginFailures')
      .select(['kind', 'key'])
      .where('key', 'in', ['reviewer2', '10.0.1.1'])
      .execute();
    expect(rows.filter((r) => r.kind === 'username')).toEqual([]);
    expect(rows.filter((r) => r.kind === 'address')).toHaveLength(8);
  }, 120_000);

  it('one address trying many usernames is locked after 20 failures; other addresses are not', async () => {
    clock = at(200);
    const names = Array.from({ length: 20 }, (_, i) => `ghost${i}`);
    const first = await Promise.all(names.map((n) => login(n, WRONG, '10.0.2.1')));
    expect(first.map((r) => r.status)).toEqual(Array(20).fill(401));
    const locked = await login('manager', 'demo1234', '10.0.2.1');
    expect(locked).toEqual({ status: 429, body: { message: 'Too many failed logins: try again in 15 minutes' } });
    expect((await login('manager', 'demo1234', '10.0.2.2')).status).toBe(200);
    clock = at(215);
    expect((await login('manager', 'demo1234', '10.0.2.1')).status).toBe(200);
  }, 120_000);

  it('X-Forwarded-For names the address only with TRUST_PROXY, and then its first hop', async () => {
    clock = at(300);
    // Not trusted: the header is ignored, the socket address is what gets locked.
    const names = Array.from({ length: 20 }, (_, i) => `spoof${i}`);
    await Promise.all(names.map((n, i) => login(n, WRONG, '10.0.3.1', { 'x-spoof': String(i) })));
    expect((await login('finance', 'demo1234', '10.0.3.1', { 'x-forwarded-for': '10.0.3.1' })).status).toBe(429);
    // Trusted: the client behind the proxy (first hop) is the one counted, not the proxy's socket.
    expect(
      (await login('finance', 'demo1234', '10.0.3.1', { 'x-forwarded-for': '203.0.113.7, 10.0.3.1' })).status,
    ).toBe(200);
    const plain = await app.request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.8' },
        body: JSON.stringify({ username: 'finance', password: 'demo1234' }),
      },
      { incoming: { socket: { remoteAddress: '10.0.3.1' } } },
    );
    expect(plain.status).toBe(429);
  }, 120_000);
});
