import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can } from '../../../src/domain/permissions.ts';
import type { Role } from '../../../src/domain/vocabulary.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { permissionsOfAccess, type Access } from '../../../src/server/http/defineRoute.ts';
import { apiClient, type TestResponse } from '../../support/apiClient.ts';
import { aRequest, addIntakeKey } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';
import { EXPECTED_ACCESS } from './expectedAccess.ts';

type Row = Record<string, any>;
interface Operation {
  name: string;
  method: string;
  path: string;
  access: Access | undefined;
}
interface Caller {
  name: string;
  roles: Role[];
  headers: Record<string, string>;
}

/** One demo staff member per role; `manager` also holds the reviewer role. */
const STAFF = ['reviewer', 'finance', 'manager', 'admin'] as const;

// Walks every operation of the OpenAPI document as every role, without a
// session and with an intake key, and holds each answer to the operation's
// declared access: what the route × role matrix allows is never refused by
// permission, and what it does not allow always is.
describe.each(testEngines())('route × role access on %s', (engine) => {
  let database: Database;
  let api: ReturnType<typeof apiClient>;
  let operations: Operation[];
  let callers: Caller[];
  let key: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    api = apiClient(database);
    key = await addIntakeKey(database.db);
    const request = await aRequest(database.db, { status: 'in_review' });
    const firstId = async (table: 'orders' | 'documents' | 'refunds' | 'auditEvents' | 'notifications') =>
      String((await database.db.selectFrom(table).select('id').orderBy('id').executeTakeFirstOrThrow()).id);
    Object.assign(ids, {
      requests: String(request.id),
      number: request.number,
      accounts: String(request.accountId),
      orders: await firstId('orders'),
      documents: await firstId('documents'),
      refunds: await firstId('refunds'),
      'audit-events': await firstId('auditEvents'),
      notifications: await firstId('notifications'),
      users: '1',
      // Another person's session, never the caller's own: revoking it must not log the walk out.
      profile: '999999999',
    });
    const document = (await api.call<Row>('GET', '/api/openapi.json')).body;
    operations = Object.entries<Row>(document.paths).flatMap(([path, item]) =>
      Object.entries<Row>(item).map(([method, op]) => ({
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        access: op['x-access'] as Access | undefined,
      })),
    );
    callers = [];
    for (const username of STAFF) {
      const session = await api.login(username);
      const me = await api.call<Row>('GET', '/api/auth/me', { cookie: session.cookie });
      callers.push({ name: username, roles: me.body.roles, headers: { cookie: session.cookie } });
    }
  });
  afterAll(() => database.close());

  /** `/api/requests/{id}/claim` → `/api/requests/12/claim`: an existing record of the path's resource. */
  function urlOf(op: Operation): string {
    const resource = op.path.split('/')[2]!;
    return op.path.replace('{number}', ids.number!).replace('{id}', ids[resource] ?? '1');
  }

  async function callAs(op: Operation, headers: Record<string, string>): Promise<TestResponse<Row>> {
    const writes = op.method !== 'GET';
    // Logging out ends the session: it gets one of its own.
    let cookie = headers.cookie;
    if (cookie && op.name === 'POST /api/auth/logout') {
      const username = callers.find((c) => c.headers.cookie === cookie)!.name;
      cookie = (await api.login(username)).cookie;
    }
    return api.call<Row>(op.method, urlOf(op), {
      headers: { ...headers, ...(cookie ? { cookie } : {}), ...(writes ? { 'If-Match': '"1"' } : {}) },
      ...(writes ? { json: {} } : {}),
    });
  }

  it('every operation declares its access, the one expected of it', () => {
    expect(operations.length).toBeGreaterThan(40);
    const declared = Object.fromEntries(operations.map((op) => [op.name, op.access ?? 'missing x-access']));
    expect(declared).toEqual(EXPECTED_ACCESS);
  });

  /** What an answer says of access: shut out (no session or key), refused by permission, or let in. */
  function verdict(res: TestResponse<Row>): string {
    if (res.status === 401) return '401';
    if (res.status === 403 && (res.body?.code ?? 'forbidden') === 'forbidden') {
      return `403 ${res.body?.permission} ${/needs the .* role/.test(res.body?.message) ? 'named' : 'unnamed'}`;
    }
    return 'in';
  }

  /** Each operation's verdict for these callers, beside what its declared access expects. */
  async function walk(
    select: (op: Operation) => boolean,
    headers: Record<string, string>,
    expected: (op: Operation) => string,
  ) {
    const seen: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    for (const op of operations.filter(select)) {
      seen[op.name] = verdict(await callAs(op, headers));
      wanted[op.name] = expected(op);
    }
    return { seen, wanted };
  }

  it('without a session or key: 401 for every route but the public ones', async () => {
    const { seen, wanted } = await walk(
      () => true,
      {},
      (op) => (op.access === 'public' ? 'in' : '401'),
    );
    expect(seen).toEqual(wanted);
  });

  it('an intake key opens the intake routes only', async () => {
    const keyed = { authorization: `Bearer ${key}` };
    const { seen, wanted } = await walk(
      (op) => op.access !== 'public',
      keyed,
      (op) => (op.access === 'intakeKey' ? 'in' : '401'),
    );
    expect(seen).toEqual(wanted);
  });

  it.each(STAFF)(
    'as %s: intake routes 401, staff routes refused by permission as the matrix says',
    async (username) => {
      const caller = callers.find((c) => c.name === username)!;
      const { seen, wanted } = await walk(
        (op) => op.access !== 'public',
        caller.headers,
        (op) => {
          if (op.access === undefined || op.access === 'intakeKey') return '401';
          const needs = permissionsOfAccess(op.access);
          // A record rule may still refuse (not the assignee, another's message), under a code of its own: 'in'.
          return op.access === 'signedIn' || needs.some((p) => can(caller.roles, p)) ? 'in' : `403 ${needs[0]} named`;
        },
      );
      expect(seen).toEqual(wanted);
    },
  );
});
