import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { openTestDatabase } from '../../support/testDatabase.ts';

type Document = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

// The document is built from the route definitions; a route added without one
// (a plain `.get()`) is served but missing here, and this test names it.
describe('the OpenAPI document', () => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let status: number;
  let document: Document;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'empty');
    app = createApp({ database, now: () => TEST_NOW, secureCookies: false });
    const res = await app.request('/api/openapi.json');
    status = res.status;
    document = (await res.json()) as Document;
  });
  afterAll(() => database.close());

  /** `GET /api/requests/{id}` for each route the app serves; `use()` middleware (ALL on a `*` path) is not a route. */
  function servedRoutes(): string[] {
    const routes = app.routes
      .filter((r) => !(r.method === 'ALL' && r.path.endsWith('*')))
      .map((r) => `${r.method} ${r.path.replace(/:([^/{]+)/g, '{$1}')}`);
    return [...new Set(routes)].sort();
  }

  function documentedRoutes(): string[] {
    return Object.entries(document.paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
  }

  it('documents every route the app serves, and serves every route it documents', () => {
    expect(servedRoutes().length).toBeGreaterThan(30);
    expect(documentedRoutes()).toEqual(servedRoutes());
  });

  it('is served at /api/openapi.json without a session', () => {
    expect(status).toBe(200);
  });

  it('is OpenAPI 3.1 and gives every operation its answers, refusals as the one Error schema', () => {
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    expect(operations.length).toBeGreaterThan(30);
    for (const operation of operations) expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
    const refusal = document.paths['/api/requests/{id}/approve']!.post!.responses['409'];
    expect(refusal).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
  });
});
