import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;
type Staff = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;

describe.each(testEngines())('customer data leaves the server masked on %s', (engine) => {
  let database: Database;
  let client: ReturnType<typeof apiClient>;
  let manager: Staff;
  /** Every seeded account's full phone, email, ICCID and MSISDN. */
  let fullValues: string[];

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    client = apiClient(database);
    manager = await client.login('manager');
    const accounts = await database.db.selectFrom('accounts').select(['phone', 'email', 'iccid', 'msisdn']).execute();
    fullValues = accounts.flatMap((a) => [a.phone, a.email, a.iccid, a.msisdn]).filter((v): v is string => !!v);
  });
  afterAll(() => database.close());

  const leaked = (body: unknown) => {
    const text = JSON.stringify(body);
    return fullValues.filter((value) => text.includes(value));
  };

  it('the seed has the full values to look for', () => {
    expect(fullValues.length).toBeGreaterThan(100);
  });

  it.each(['accounts', 'requests', 'notifications', 'audit-events', 'documents'])(
    '%s: a list and its records carry no full phone, email, ICCID or MSISDN',
    async (resource) => {
      const page = await manager.list<Row[]>(resource, { range: [0, 99] });
      expect(page.status).toBe(200);
      expect(page.body.length).toBeGreaterThan(0);
      expect(leaked(page.body)).toEqual([]);
      for (const row of page.body.slice(0, 5)) {
        const one = await manager.get<Row>(`/api/${resource}/${row.id}`);
        expect(one.status).toBe(200);
        expect(leaked(one.body)).toEqual([]);
      }
    },
  );

  it('an account shows its fields masked, in the same shape as the full ones', async () => {
    const [a] = (await manager.list<Row[]>('accounts', { range: [0, 0] })).body;
    const full = await database.db.selectFrom('accounts').selectAll().where('id', '=', a!.id).executeTakeFirstOrThrow();
    expect(a!.phone).toBe(`${full.phone.slice(0, 3)}****${full.phone.slice(-4)}`);
    expect(a!.iccid).toMatch(/^\d{6}\*+\d{4}$/);
    expect(a!.email).toMatch(/^.{1,2}\*{3,}@/);
    expect(a!.email.split('@')[1]).toBe(full.email!.split('@')[1]);
  });

  it('a notification body quoting a phone number, email or ID number shows them masked', async () => {
    const account = await database.db
      .selectFrom('accounts')
      .select(['id', 'phone', 'email'])
      .where('email', 'is not', null)
      .executeTakeFirstOrThrow();
    const { id } = await database.db
      .insertInto('notifications')
      .values({
        accountId: account.id,
        event: 'request_received',
        channel: 'email',
        language: 'zh-CN',
        recipient: account.email!,
        subject: `给 ${account.phone}`,
        body: `请回电 ${account.phone}，或写信到 ${account.email}；证件 110101199003071234。`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const one = await manager.get<Row>(`/api/notifications/${id}`);
    expect(one.status).toBe(200);
    expect(leaked(one.body)).toEqual([]);
    expect(one.body.body).toContain('110***********1234');
    expect(one.body.body).toContain(`${account.phone.slice(0, 3)}****${account.phone.slice(-4)}`);
  });
});

describe.each(testEngines())('revealing an account’s personal data on %s', (engine) => {
  let database: Database;
  let client: ReturnType<typeof apiClient>;
  let accountId: number;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    client = apiClient(database);
    ({ id: accountId } = await database.db
      .selectFrom('accounts')
      .select('id')
      .where('email', 'is not', null)
      .orderBy('id')
      .executeTakeFirstOrThrow());
  });
  afterAll(() => database.close());

  const reveals = () =>
    database.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'account.pii_revealed')
      .where('accountId', '=', accountId)
      .orderBy('id')
      .execute();

  it.each(['manager', 'reviewer'])('%s gets the full values, not cached, and the reveal is audited', async (who) => {
    const staff = await client.login(who);
    const before = (await reveals()).length;
    const res = await staff.get<Row>(`/api/accounts/${accountId}/pii`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const full = await database.db
      .selectFrom('accounts')
      .select(['phone', 'email', 'idNumberMasked as idNumber', 'iccid', 'msisdn'])
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    expect(res.body).toEqual(full);
    const events = await reveals();
    expect(events).toHaveLength(before + 1);
    const me = (await staff.get<Row>('/api/auth/me')).body;
    const event = events.at(-1)!;
    expect(event).toMatchObject({
      actorType: 'staff',
      actorId: me.id,
      entityType: 'account',
      entityId: String(accountId),
    });
    expect((event.after as { fields: string[] }).fields).toEqual(
      Object.entries(full)
        .filter(([, v]) => v !== null)
        .map(([k]) => k),
    );
  });

  it.each(['finance', 'admin'])('%s is refused (403) and nothing is recorded', async (who) => {
    const staff = await client.login(who);
    const before = (await reveals()).length;
    const res = await staff.get<Row>(`/api/accounts/${accountId}/pii`);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'forbidden', permission: 'accounts.readPii' });
    expect(await reveals()).toHaveLength(before);
  });

  it('no session is 401; an account that does not exist is 404', async () => {
    expect((await client.call('GET', `/api/accounts/${accountId}/pii`)).status).toBe(401);
    const manager = await client.login('manager');
    expect((await manager.get(`/api/accounts/999999/pii`)).status).toBe(404);
  });
});
