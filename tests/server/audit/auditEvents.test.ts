import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';
import { auditCases } from './auditCases.ts';
import { auditWorld, type AuditWorld, type Expected } from './auditWorld.ts';

type Row = Record<string, any>;

const actorColumns = (a: Expected['actor']) =>
  a.type === 'staff'
    ? { actorType: 'staff', actorId: a.id, actorName: a.name }
    : { actorType: a.type, actorId: null, actorName: a.type === 'customer' ? a.name : 'system' };

// What /api/audit-events shows of an event, so expected and written compare whole.
const shown = (e: Row) => ({
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  requestId: e.requestId,
  actorType: e.actorType,
  actorId: e.actorId,
  actorName: e.actorName,
  before: e.before,
  after: e.after,
});
const expectedShown = (x: Expected) => ({
  action: x.action,
  entityType: x.entityType,
  entityId: String(x.entityId),
  requestId: x.requestId,
  ...actorColumns(x.actor),
  before: x.before ?? null,
  after: x.after,
});

// The order events are written in is no rule (a worker sends in the order the
// database returns claimed rows), so both sides are compared sorted.
const inOrder = <T extends { action: string; entityId: string }>(events: T[]) =>
  [...events].sort((a, b) => a.action.localeCompare(b.action) || Number(a.entityId) - Number(b.entityId));

// Cases share one database and run in order: the outbox cases deliver what the others queued.
describe.each(testEngines())('audit events on %s', (engine) => {
  let database: Database;
  let world: AuditWorld;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    world = await auditWorld(database);
  });
  afterAll(async () => {
    world?.docs.cleanup();
    await database.close();
  });

  for (const { name, setup } of auditCases) {
    it(`${name} writes its audit events: action, entity, actor, before, after`, async () => {
      const action = await setup(world);
      const since = await world.lastAuditId();
      const expected = await action();
      expect(expected.length).toBeGreaterThan(0);
      const written = await world.auditSince(since);
      expect(inOrder(written.map(shown))).toEqual(inOrder(expected.map(expectedShown)));
    });
  }
});
