import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { createServerApp } from '../../../src/server/serve.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

const directives = (csp: string | null) =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([k, ...v]) => [k, v]),
  );

describe.each(testEngines())('security headers on every answer, the SPA included, on %s', (engine) => {
  let database: Database;
  let dist: string;
  let app: ReturnType<typeof createServerApp>;
  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
    dist = mkdtempSync(join(tmpdir(), 'cancel-desk-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    app = createServerApp({ database, now: () => TEST_NOW, secureCookies: false }, dist);
  });
  afterAll(async () => {
    rmSync(dist, { recursive: true, force: true });
    await database.close();
  });

  it.each(['/', '/requests/12', '/api/health', '/api/requests', '/api/openapi.json'])('%s', async (path) => {
    const res = await app.request(path);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('index.html runs no inline script (the CSP would block it)', () => {
    const html = readFileSync('index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
