import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { addIntakeKey } from '../../support/fixtures.ts';
import { documentApi } from '../documents/documentApi.ts';

type Row = Record<string, any>;
export type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;
export interface Staff {
  client: Client;
  id: number;
  name: string;
}

export type Actor =
  { type: 'staff'; id: number; name: string } | { type: 'customer'; name: string } | { type: 'system' };

/** One audit event an action must write; `before` absent means the event has none. */
export interface Expected {
  action: string;
  entityType: string;
  entityId: number;
  requestId: number | null;
  actor: Actor;
  before?: unknown;
  after: unknown;
}

/** Everything the audit cases act with: staff sessions, the intake API, uploads. */
export async function auditWorld(database: Database) {
  const api = apiClient(database);
  const docs = documentApi(database);
  const key = await addIntakeKey(database.db);
  const member = async (username: string): Promise<Staff> => {
    const client = await api.login(username);
    const me = (await client.get<Row>('/api/auth/me')).body;
    return { client, id: me.id, name: me.displayName };
  };
  const [reviewer, reviewer2, manager, admin] = (await Promise.all(
    ['reviewer', 'reviewer2', 'manager', 'admin'].map(member),
  )) as [Staff, Staff, Staff, Staff];
  return {
    database,
    docs,
    key,
    reviewer,
    reviewer2,
    manager,
    admin,
    /** A workflow action as the SPA sends it: POST with If-Match. */
    act: (who: Staff, id: number, action: string, version: number, body: unknown = {}) =>
      who.client.post<Row>(`/api/requests/${id}/${action}`, body, { 'If-Match': `"${version}"` }),
    /** The customer side: /api/intake with the key. */
    customer: (method: string, path: string, json?: unknown) =>
      api.call<Row>(method, `/api/intake${path}`, { json, headers: { authorization: `Bearer ${key}` } }),
    /** The id of the newest audit event, so a case can read only what its action wrote. */
    lastAuditId: async () =>
      (await manager.client.list<Row[]>('audit-events', { sort: ['id', 'DESC'], range: [0, 0] })).body[0]?.id ?? 0,
    auditSince: async (id: number) =>
      (await manager.client.list<Row[]>('audit-events', { sort: ['id', 'DESC'], range: [0, 99] })).body
        .filter((e) => e.id > id)
        .reverse(),
  };
}

export type AuditWorld = Awaited<ReturnType<typeof auditWorld>>;

export const staffActor = (s: Staff): Actor => ({ type: 'staff', id: s.id, name: s.name });

/** A request's lifecycle event: before and after hold status, assignee and version, plus what the action adds. */
export function requestEvent(
  verb: string,
  id: number,
  actor: Actor,
  before: [status: string, assigneeId: number | null, version: number],
  after: [status: string, assigneeId: number | null, extra?: Record<string, unknown>],
): Expected {
  return {
    action: `request.${verb}`,
    entityType: 'request',
    entityId: id,
    requestId: id,
    actor,
    before: { status: before[0], assigneeId: before[1], version: before[2] },
    after: { status: after[0], assigneeId: after[1], version: before[2] + 1, ...after[2] },
  };
}
