import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import type { DB } from '../../../src/server/db/schema.ts';
import type { ActorType, AuditEntityType } from '../../../src/domain/vocabulary.ts';
import { apiClient, totalOf } from '../../support/apiClient.ts';
import { staffId } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;

/** An event of the `test.` family, written straight to the log, far before the seeded ones. */
async function anEvent(
  db: Kysely<DB>,
  e: { action: string; at: string; actor: ActorType; entityType: AuditEntityType; entityId: string; actorId?: number },
) {
  const row = await db
    .insertInto('auditEvents')
    .values({
      occurredAt: new Date(e.at),
      actorType: e.actor,
      actorId: e.actorId ?? null,
      actorName: e.actor,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: JSON.stringify({ value: 1 }),
      after: JSON.stringify({ value: 2 }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe.each(testEngines())('audit event filters on %s', (engine) => {
  let database: Database;
  let manager: Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;
  // In Shanghai: a 23:30 on 1 March, b 00:10 on 2 March, c 23:59:59 on 2 March, d 00:00 on 3 March.
  let a: number, b: number, c: number, d: number;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    manager = await apiClient(database).login('manager');
    const db = database.db;
    const admin = await staffId(db, 'admin');
    a = await anEvent(db, {
      action: 'test.alpha',
      at: '2019-03-01T15:30:00Z',
      actor: 'staff',
      actorId: admin,
      entityType: 'setting',
      entityId: 'filter-1',
    });
    b = await anEvent(db, {
      action: 'test.beta',
      at: '2019-03-01T16:10:00Z',
      actor: 'system',
      entityType: 'setting',
      entityId: 'filter-2',
    });
    c = await anEvent(db, {
      action: 'test.alpha',
      at: '2019-03-02T15:59:59Z',
      actor: 'customer',
      entityType: 'calendar',
      entityId: 'filter-1',
    });
    d = await anEvent(db, {
      action: 'test.gamma',
      at: '2019-03-02T16:00:00Z',
      actor: 'system',
      entityType: 'calendar',
      entityId: 'filter-3',
    });
  });
  afterAll(() => database.close());

  const list = (filter: Row) => manager.list<Row[]>('audit-events', { filter, sort: ['id', 'ASC'], range: [0, 999] });
  const ids = async (filter: Row) => {
    const res = await list(filter);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.map((e) => e.id as number);
  };
  /** The same filter answered straight from the table: ids (first 1000) and the total. */
  const fromTable = async (
    column: 'actorId' | 'actorType' | 'requestId' | 'accountId' | 'entityType',
    value: unknown,
  ) => {
    const rows = await database.db
      .selectFrom('auditEvents')
      .select('id')
      .where(column, '=', value as never)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  };

  it('action: one code, or any of a list', async () => {
    expect(await ids({ action: 'test.alpha' })).toEqual([a, c]);
    expect(await ids({ action: ['test.alpha', 'test.beta'] })).toEqual([a, b, c]);
  });

  it('q searches the action code, case-insensitively', async () => {
    expect(await ids({ q: 'EST.ALP' })).toEqual([a, c]);
    expect(await ids({ q: 'test.' })).toEqual([a, b, c, d]);
  });

  it('entityType and entityId: which record the event is about', async () => {
    expect(await ids({ entityId: 'filter-1' })).toEqual([a, c]);
    expect(await ids({ entityType: 'setting', entityId: 'filter-1' })).toEqual([a]);
    expect(await ids({ entityType: ['setting', 'calendar'], q: 'test.' })).toEqual([a, b, c, d]);
  });

  it('occurredFrom / occurredTo are Shanghai days, both inclusive', async () => {
    expect(await ids({ occurredFrom: '2019-03-01', occurredTo: '2019-03-01' })).toEqual([a]);
    expect(await ids({ occurredFrom: '2019-03-02', occurredTo: '2019-03-02' })).toEqual([b, c]);
    expect(await ids({ occurredFrom: '2019-03-02', q: 'test.' })).toEqual([b, c, d]);
    expect(await ids({ occurredTo: '2019-03-02', q: 'test.' })).toEqual([a, b, c]);
    // A date-time with its offset is taken as that instant.
    expect(await ids({ occurredFrom: '2019-03-02T00:00:00+08:00', occurredTo: '2019-03-03', q: 'test.' })).toEqual([
      b,
      c,
      d,
    ]);
  });

  it('actorType, with the other filters', async () => {
    expect(await ids({ actorType: 'system', q: 'test.' })).toEqual([b, d]);
    expect(await ids({ actorType: ['staff', 'customer'], q: 'test.' })).toEqual([a, c]);
  });

  it.each(['actorId', 'actorType', 'requestId', 'accountId', 'entityType'] as const)(
    '%s on the seeded log: exactly the rows the table holds',
    async (column) => {
      const [sample] = await database.db
        .selectFrom('auditEvents')
        .select(column)
        .where(column, 'is not', null)
        .where('action', 'not like', 'test.%')
        .orderBy('id', 'desc')
        .limit(1)
        .execute();
      const value = sample![column];
      const expected = await fromTable(column, value);
      expect(expected.length).toBeGreaterThan(0);
      const res = await list({ [column]: value });
      expect(res.status).toBe(200);
      expect(totalOf(res)).toBe(expected.length);
      expect(res.body.map((e) => e.id)).toEqual(expected.slice(0, 1000));
      expect(res.body.every((e) => e[column] === value)).toBe(true);
    },
  );

  it('rows carry the actor name written with the event', async () => {
    const [event] = (await list({ action: 'test.alpha' })).body;
    expect(event).toMatchObject({ actorType: 'staff', actorName: 'staff', before: { value: 1 }, after: { value: 2 } });
  });

  it('refuses what it does not know: a filter name, an entity type, a malformed day', async () => {
    expect((await list({ actor: 'x' })).status).toBe(400);
    expect((await list({ entityType: 'planet' })).status).toBe(400);
    expect((await list({ occurredFrom: '2019-3-1' })).status).toBe(400);
  });
});
