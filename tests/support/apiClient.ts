import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/context.ts';
import type { Database } from '../../src/server/db/database.ts';
import { TEST_NOW } from './constants.ts';

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Talks to the real Hono app through `app.request()`, with a cookie jar per login. */
export function apiClient(database: Database, now: () => Date = () => TEST_NOW, deps: Partial<AppDeps> = {}) {
  const app = createApp({ database, now, secureCookies: false, ...deps });

  async function call<T = any>(
    method: string,
    path: string,
    opts: { cookie?: string; json?: unknown; headers?: Record<string, string>; body?: string } = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.cookie) headers.cookie = opts.cookie;
    let body: string | undefined = opts.body;
    if (opts.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.json);
    }
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // non-JSON answers stay text so a test can see them
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  async function login(username: string, password = 'demo1234') {
    const res = await call('POST', '/api/auth/login', { json: { username, password } });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    return {
      cookie,
      get: <T = any>(path: string, headers?: Record<string, string>) => call<T>('GET', path, { cookie, headers }),
      put: <T = any>(path: string, json: unknown, headers?: Record<string, string>) =>
        call<T>('PUT', path, { cookie, json, headers }),
      post: <T = any>(path: string, json?: unknown, headers?: Record<string, string>) =>
        call<T>('POST', path, { cookie, json, headers }),
      delete: <T = any>(path: string) => call<T>('DELETE', path, { cookie }),
      list: <T = any>(resource: string, q: { sort?: unknown; range?: unknown; filter?: unknown } = {}) => {
        const params = new URLSearchParams();
        for (const [k, v] of Object.entries(q)) if (v !== undefined) params.set(k, JSON.stringify(v));
        const qs = params.toString();
        return call<T>('GET', `/api/${resource}${qs ? `?${qs}` : ''}`, { cookie });
      },
    };
  }

  return { app, call, login };
}

/** "requests 0-24/120" → 120 */
export const totalOf = (res: TestResponse) => Number(res.headers.get('content-range')?.split('/')[1]);
