import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { createApp } from '../../../src/server/app.ts';
import { loadConfig } from '../../../src/server/config.ts';
import { migrationFiles } from '../../../src/server/db/migrate.ts';
import { apiClient } from '../../support/apiClient.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

describe.each(testEngines())('auth on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    api = apiClient(database);
  });
  afterAll(() => database.close());

  it('a demo reviewer logs in and gets an HttpOnly SameSite session cookie', async () => {
    const res = await api.call('POST', '/api/auth/login', { json: { username: 'reviewer', password: 'demo1234' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: 'reviewer', roles: ['reviewer'], language: 'zh-CN' });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/cd_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('a wrong password or unknown user is 401 with a JSON message', async () => {
    for (const json of [
      { username: 'reviewer', password: 'nope' },
      { username: 'ghost', password: 'demo1234' },
    ]) {
      const res = await api.call('POST', '/api/auth/login', { json });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ message: 'wrong username or password' });
    }
  });

  it('a malformed login body is 400, not 500', async () => {
    const bad = await api.call('POST', '/api/auth/login', {
      body: '{nope',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toHaveProperty('message');
    const missing = await api.call('POST', '/api/auth/login', { json: { username: 'reviewer' } });
    expect(missing.status).toBe(400);
    expect((missing.body as { errors: Record<string, string> }).errors).toHaveProperty('password');
  });

  it('every staff route answers 401 without a session; health does not', async () => {
    for (const path of [
      '/api/requests',
      '/api/requests/1',
      '/api/requests/counts',
      '/api/accounts',
      '/api/orders',
      '/api/documents',
      '/api/refunds',
      '/api/audit-events',
      '/api/users',
      '/api/auth/me',
    ]) {
      const res = await api.call('GET', path);
      expect(res.status, path).toBe(401);
      expect(res.body).toEqual({ message: 'not logged in' });
    }
    const health = await api.call('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ ok: true, engine, migration: migrationFiles().at(-1) });
  });

  it('me answers who is logged in; logout ends the session in the database', async () => {
    const manager = await api.login('manager');
    const me = await manager.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'manager', roles: expect.arrayContaining(['manager']) });
    expect((await manager.post('/api/auth/logout')).status).toBe(200);
    expect((await manager.get('/api/auth/me')).status).toBe(401);
  });

  it('logout with a stale cookie still clears it (200), so the browser stops sending it', async () => {
    const manager = await api.login('manager');
    expect((await manager.post('/api/auth/logout')).status).toBe(200);
    const again = await manager.post('/api/auth/logout');
    expect(again.status).toBe(200);
    expect(again.headers.get('set-cookie')).toMatch(/^cd_session=; Max-Age=0; Path=\//);
  });

  it('a session made by one server instance is valid on another (no in-process state)', async () => {
    const other = apiClient(database);
    const finance = await api.login('finance');
    const res = await other.call('GET', '/api/auth/me', { cookie: finance.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: 'finance' });
  });

  it('passwords are stored as argon2id hashes', async () => {
    const row = await database.db
      .selectFrom('staffUsers')
      .select('passwordHash')
      .where('username', '=', 'reviewer')
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain('demo1234');
  });

  it('the cookie is __Host- prefixed and Secure by default; INSECURE_COOKIES=1 drops both', async () => {
    const secure = createApp({ database, now: () => new Date(), secureCookies: true });
    const login = await secure.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'reviewer', password: 'demo1234' }),
    });
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^__Host-cd_session=[\w-]+; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    const pair = cookie.split(';')[0]!;
    expect((await secure.request('/api/auth/me', { headers: { cookie: pair } })).status).toBe(200);
    // The unprefixed name is not the session cookie here (a plain-HTTP page could have set it).
    const unprefixed = pair.replace('__Host-', '');
    expect((await secure.request('/api/auth/me', { headers: { cookie: unprefixed } })).status).toBe(401);
    const logout = await secure.request('/api/auth/logout', { method: 'POST', headers: { cookie: pair } });
    expect(logout.headers.get('set-cookie')).toMatch(/^__Host-cd_session=; Max-Age=0; Path=\/; Secure/);
    expect((await secure.request('/api/auth/me', { headers: { cookie: pair } })).status).toBe(401);

    const plain = await api.call('POST', '/api/auth/login', { json: { username: 'reviewer', password: 'demo1234' } });
    expect(plain.headers.get('set-cookie')).toMatch(
      /^cd_session=[\w-]+; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax$/,
    );

    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).secureCookies).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', INSECURE_COOKIES: '1' }).secureCookies).toBe(false);
    // The embedded demo (no DATABASE_URL) is plain http://localhost unless told otherwise.
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(loadConfig({ INSECURE_COOKIES: '0' }).secureCookies).toBe(true);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
  });
});
