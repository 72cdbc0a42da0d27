import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INTAKE_KEY, loadConfig } from '../../../src/server/config.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { demoWarning, disableDemoStaff } from '../../../src/server/demoMode.ts';
import { syncServiceKeys } from '../../../src/server/sql/intakeKeys.ts';
import { apiClient } from '../../support/apiClient.ts';
import { aRequest, addIntakeKey } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

describe('demo mode is never production', () => {
  it('DEMO_DATA=1 with NODE_ENV=production refuses to start, saying why', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_DATA: '1' })).toThrow(/NODE_ENV=production.*refusing/s);
  });

  it('demo mode is the default only for the embedded database outside production', () => {
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: '0' }).demoData).toBe(false);
  });

  it('the start warning names the published password and key', () => {
    const text = demoWarning();
    expect(text.split('\n').length).toBeGreaterThan(3);
    expect(text).toContain('demo1234');
    expect(text).toContain(DEMO_INTAKE_KEY);
    expect(text).toMatch(/DEMO MODE/);
  });
});

describe.each(testEngines())('what a start outside demo mode takes away, on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    api = apiClient(database);
  });
  afterAll(() => database.close());

  const status = async (key: string, number: string) =>
    (await api.call('GET', `/api/intake/requests/${number}`, { headers: { authorization: `Bearer ${key}` } })).status;

  it('a service key taken out of INTAKE_API_KEYS (or the demo key) stops working; account keys stay', async () => {
    const r = await aRequest(database.db, { status: 'submitted' });
    const kept = await addIntakeKey(database.db);
    const dropped = await addIntakeKey(database.db);
    const demo = await addIntakeKey(database.db, DEMO_INTAKE_KEY);
    const account = await addIntakeKey(database.db, undefined, r.accountId);
    const revoked = await syncServiceKeys(database.db, [{ name: 'portal', key: kept }]);
    expect(revoked.length).toBeGreaterThanOrEqual(2);
    expect(await status(kept, r.number)).toBe(200);
    expect(await status(account, r.number)).toBe(200);
    expect(await status(dropped, r.number)).toBe(401);
    expect(await status(demo, r.number)).toBe(401);
    // Listing a revoked key again does not revive it.
    await syncServiceKeys(database.db, [
      { name: 'portal', key: kept },
      { name: 'old', key: dropped },
    ]);
    expect(await status(dropped, r.number)).toBe(401);
  });

  it('demo staff still on the demo password are disabled, not deleted', async () => {
    await database.db.updateTable('staffUsers').set({ passwordHash: 'x' }).where('username', '=', 'admin').execute();
    const disabled = await disableDemoStaff(database.db);
    expect(disabled).toContain('reviewer');
    expect(disabled).not.toContain('admin');
    const rows = await database.db.selectFrom('staffUsers').select(['username', 'active']).execute();
    expect(rows.find((u) => u.username === 'reviewer')?.active).toBe(false);
    expect(rows.find((u) => u.username === 'admin')?.active).toBe(true);
    expect(await disableDemoStaff(database.db)).toEqual([]);
  });
});
