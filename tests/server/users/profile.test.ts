import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

describe.each(testEngines())('own profile on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    api = apiClient(database);
  });
  afterAll(() => database.close());

  it('lists your own sessions without tokens, the current one marked', async () => {
    const phone = await api.login('reviewer2');
    const laptop = await api.login('reviewer2');
    await api.login('reviewer'); // someone else's session is not in the list
    const res = await laptop.get('/api/profile/sessions');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    for (const s of res.body)
      expect(Object.keys(s).sort()).toEqual(['createdAt', 'current', 'expiresAt', 'id', 'lastSeenAt']);
    expect(JSON.stringify(res.body)).not.toContain(phone.cookie.split('=')[1]);
  });

  it('revokes one of your own sessions; another person’s is 404', async () => {
    const a = await api.login('finance');
    const b = await api.login('finance');
    const other = (await (await api.login('manager')).get('/api/profile/sessions')).body[0];
    expect((await a.delete(`/api/profile/sessions/${other.id}`)).status).toBe(404);
    const bSession = (await b.get('/api/profile/sessions')).body.find((s: { current: boolean }) => s.current);
    expect((await a.delete(`/api/profile/sessions/${bSession.id}`)).status).toBe(200);
    expect((await b.get('/api/auth/me')).status).toBe(401);
    expect((await a.get('/api/auth/me')).status).toBe(200);
  });

  it('"log out everywhere else" keeps only this session', async () => {
    const here = await api.login('admin');
    const there = await api.login('admin');
    const res = await here.post('/api/profile/sessions/revoke-others');
    expect(res.status).toBe(200);
    expect(res.body.revoked).toBeGreaterThanOrEqual(1);
    expect((await there.get('/api/auth/me')).status).toBe(401);
    expect((await here.get('/api/profile/sessions')).body).toHaveLength(1);
  });

  it('a password change ends your other sessions; the language is yours to set', async () => {
    const here = await api.login('reviewer3');
    const there = await api.login('reviewer3');
    const changed = await here.post('/api/profile/password', {
      currentPassword: 'demo1234',
      newPassword: 'seven quiet harbour lights',
    });
    expect(changed.status).toBe(200);
    expect((await there.get('/api/auth/me')).status).toBe(401);
    const lang = await here.put('/api/profile', { language: 'en' });
    expect(lang.status).toBe(200);
    expect((await here.get('/api/auth/me')).body.language).toBe('en');
    expect((await here.put('/api/profile', { language: 'fr' })).status).toBe(400);
  });
});
