import { render, screen } from '@testing-library/react';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import type { FileStore } from '../../src/server/storage/fileStore.ts';
import { App } from '../../src/admin/App.tsx';

/**
 * The whole SPA against the real API (msw → Hono on a seeded PGlite of this
 * file's own), signed in as `username`. One user per test file: the SPA keeps
 * the signed-in identity for the page's life, as a browser tab would.
 */
export async function startApp(
  username: string,
  options: { files?: FileStore } = {},
): Promise<{ api: MockApi; database: Database; get: <T>(path: string) => Promise<T> }> {
  const { startMockApi } = await import('../../mocks/node.ts');
  const { openTestDatabase } = await import('../support/testDatabase.ts');
  const database = await openTestDatabase('pglite');
  const api = startMockApi(database, undefined, options.files);
  await api.loginAs(username);
  localStorage.clear();
  const get = async <T,>(path: string): Promise<T> => (await (await fetch(`${location.origin}${path}`)).json()) as T;
  return { api, database, get };
}

/** Opens a page of the SPA (a hash route such as `/requests/12/show`). */
export function openPage(route: string) {
  window.location.hash = `#${route}`;
  return render(<App />);
}

/** Opens a request's page and waits until its header shows. */
export async function openRequest(id: number, number: string) {
  const view = openPage(`/requests/${id}/show`);
  await screen.findByRole('heading', { name: number }, { timeout: 45_000 });
  return view;
}

/** The API as the test itself calls it (same session as the SPA), e.g. to change a request behind its back. */
export async function callApi(
  path: string,
  init: { method: string; body?: unknown; headers?: Record<string, string> },
) {
  const response = await fetch(`${location.origin}${path}`, {
    method: init.method,
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
