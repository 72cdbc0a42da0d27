import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

const aNewUser = (over: Record<string, unknown> = {}) => ({
  username: 'sun.li',
  displayName: '孙丽',
  email: 'sun.li@example.cn',
  roles: ['reviewer'],
  language: 'zh-CN',
  ...over,
});

describe.each(testEngines())('staff administration on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof apiClient>;
  let admin: Awaited<ReturnType<typeof api.login>>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    api = apiClient(database);
    admin = await api.login('admin');
  });
  afterAll(() => database.close());

  const auditOf = (entityId: number) =>
    database.db
      .selectFrom('auditEvents')
      .select(['action', 'before', 'after'])
      .where('entityType', '=', 'user')
      .where('entityId', '=', String(entityId))
      .orderBy('id')
      .execute();

  it('a new user logs in with the temporary password and must change it before any work', async () => {
    const created = await admin.post('/api/users', aNewUser());
    expect(created.status).toBe(201);
    const { temporaryPassword, id } = created.body;
    expect(temporaryPassword).toMatch(/^.{12,}$/);
    expect(created.body).toMatchObject({
      username: 'sun.li',
      mustChangePassword: true,
      active: true,
      lastLoginAt: null,
    });
    expect(await auditOf(id)).toEqual([expect.objectContaining({ action: 'user.created' })]);

    const sun = await api.login('sun.li', temporaryPassword);
    const me = await sun.get('/api/auth/me');
    expect(me.body).toMatchObject({ username: 'sun.li', mustChangePassword: true });
    const refused = await sun.get('/api/requests');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'password_change_required' });

    const change = (newPassword: string) =>
      sun.post('/api/profile/password', { currentPassword: temporaryPassword, newPassword });
    for (const [weak, problem] of [
      ['short-one', /at least 12/],
      ['1qaz2wsx3edc', /most common/],
      ['my-sun.li-secret', /username/],
    ] as const) {
      const res = await change(weak);
      expect(res.status, weak).toBe(400);
      expect(res.body.errors.newPassword, weak).toMatch(problem);
    }
    const wrongCurrent = await sun.post('/api/profile/password', {
      currentPassword: 'not it',
      newPassword: 'a long and quiet river',
    });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.errors).toHaveProperty('currentPassword');

    const changed = await change('a long and quiet river');
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ mustChangePassword: false });
    expect((await sun.get('/api/requests')).status).toBe(200);
    await expect(api.login('sun.li', temporaryPassword)).rejects.toThrow(/401/);
    await api.login('sun.li', 'a long and quiet river');

    const row = (await admin.get(`/api/users/${id}`)).body;
    expect(row.lastLoginAt).not.toBeNull();
    expect(row.passwordChangedAt).not.toBeNull();
  });

  it('a duplicate username is 409, an unknown role 400', async () => {
    const dup = await admin.post('/api/users', aNewUser({ username: 'reviewer' }));
    expect(dup.status).toBe(409);
    const badRole = await admin.post('/api/users', aNewUser({ username: 'new.one', roles: ['owner'] }));
    expect(badRole.status).toBe(400);
    expect(Object.keys(badRole.body.errors).join()).toMatch(/roles/);
  });

  it('an edit sets name, email, roles, language and audits the roles before and after', async () => {
    const { id } = (await admin.post('/api/users', aNewUser({ username: 'edit.me' }))).body;
    const res = await admin.put(`/api/users/${id}`, {
      displayName: '孙丽丽',
      email: null,
      roles: ['reviewer', 'manager'],
      language: 'en',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      displayName: '孙丽丽',
      email: null,
      roles: ['reviewer', 'manager'],
      language: 'en',
    });
    const updated = (await auditOf(id)).find((e) => e.action === 'user.updated')!;
    expect(updated.before).toMatchObject({ roles: ['reviewer'] });
    expect(updated.after).toMatchObject({ roles: ['reviewer', 'manager'] });
  });

  it('disabling ends the sessions at once; enabling lets the person log in again', async () => {
    const reviewer3 = await api.login('reviewer3');
    expect((await reviewer3.get('/api/requests')).status).toBe(200);
    const id = (await reviewer3.get('/api/auth/me')).body.id;
    const disabled = await admin.post(`/api/users/${id}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body.active).toBe(false);
    expect((await reviewer3.get('/api/requests')).status).toBe(401);
    await expect(api.login('reviewer3')).rejects.toThrow(/401/);
    expect(await database.db.selectFrom('sessions').where('userId', '=', id).select('id').execute()).toEqual([]);

    expect((await admin.post(`/api/users/${id}/enable`)).body.active).toBe(true);
    await api.login('reviewer3');
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['user.disabled', 'user.enabled']);
  });

  it('an admin can neither disable themselves nor drop their own admin role', async () => {
    const me = (await admin.get('/api/auth/me')).body;
    const disable = await admin.post(`/api/users/${me.id}/disable`);
    expect(disable.status).toBe(409);
    expect(disable.body.message).toMatch(/your own account/);
    const demote = await admin.put(`/api/users/${me.id}`, { ...aNewUser(), roles: ['manager'] });
    expect(demote.status).toBe(409);
    expect(demote.body.message).toMatch(/own admin role/);
  });

  it('a password reset gives a new temporary password, ends the sessions and must be changed', async () => {
    const finance2 = await api.login('finance2');
    const id = (await finance2.get('/api/auth/me')).body.id;
    const reset = await admin.post(`/api/users/${id}/reset-password`);
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ mustChangePassword: true });
    expect((await finance2.get('/api/refunds')).status).toBe(401);
    await expect(api.login('finance2')).rejects.toThrow(/401/);
    const again = await api.login('finance2', reset.body.temporaryPassword);
    expect((await again.get('/api/refunds')).body).toMatchObject({ code: 'password_change_required' });
    expect((await auditOf(id)).map((e) => e.action)).toContain('user.password_reset');
  });

  it('other roles get names only from the staff list and 403 on every change', async () => {
    const finance = await api.login('finance');
    const names = await finance.list('users', { filter: { role: 'reviewer' } });
    expect(names.status).toBe(200);
    for (const row of names.body) expect(Object.keys(row).sort()).toEqual(['active', 'displayName', 'id', 'roles']);
    const full = await admin.list('users');
    expect(full.body[0]).toHaveProperty('email');
    expect(full.body[0]).toHaveProperty('lastLoginAt');
    const manager = await api.login('manager');
    for (const res of [
      await manager.post('/api/users', aNewUser({ username: 'nope.one' })),
      await manager.put('/api/users/1', aNewUser()),
      await manager.post('/api/users/1/disable'),
      await manager.post('/api/users/1/reset-password'),
      await manager.get('/api/users/1'),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'forbidden' });
    }
  });
});
