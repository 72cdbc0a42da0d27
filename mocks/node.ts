import { setupServer } from 'msw/node';
import { createApp } from '../src/server/app.ts';
import type { Database } from '../src/server/db/database.ts';
import type { FileStore } from '../src/server/storage/fileStore.ts';
import { apiHandlers } from './handlers.ts';

export interface MockApi {
  server: ReturnType<typeof setupServer>;
  /** Log in as a demo user: later requests carry that session. */
  loginAs(username: string, password?: string): Promise<void>;
  logout(): void;
  close(): Promise<void>;
}

/**
 * Starts msw in Node (vitest + jsdom) in front of the real app on `database`;
 * with `files` (a store on a temp directory) documents can be uploaded and read.
 */
export function startMockApi(database: Database, now: () => Date = () => new Date(), files?: FileStore): MockApi {
  const app = createApp({ database, now, secureCookies: false, files });
  let cookie: string | undefined;
  const server = setupServer(...apiHandlers(app, { sessionCookie: () => cookie }));
  server.listen({ onUnhandledRequest: 'error' });
  return {
    server,
    async loginAs(username, password = 'demo1234') {
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (res.status !== 200) throw new Error(`mock login ${username}: ${res.status}`);
      cookie = res.headers.get('set-cookie')?.split(';')[0];
    },
    logout() {
      cookie = undefined;
    },
    async close() {
      server.close();
      await database.close();
    },
  };
}
