import { http } from 'msw';
import type { Hono } from 'hono';

/**
 * msw handlers that hand every /api request to the real Hono app in-process.
 * There is no second, hand-written fake of the API: what the UI tests see is
 * what the server answers, rules and refusals included.
 */
export function apiHandlers(app: Hono, options: { sessionCookie?: () => string | undefined } = {}) {
  return [
    http.all('*/api/*', async ({ request }) => {
      const url = new URL(request.url);
      const headers = new Headers(request.headers);
      // jsdom keeps no HttpOnly cookies for us: act as the logged-in browser would.
      const cookie = options.sessionCookie?.();
      if (cookie && !headers.has('cookie')) headers.set('cookie', cookie);
      const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer();
      return app.request(url.pathname + url.search, { method: request.method, headers, body });
    }),
  ];
}
