import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createApi } from './app.ts';
import type { AppDeps } from './context.ts';
import { onError } from './http/errors.ts';
import { securityHeaders } from './http/securityHeaders.ts';

/** One Node process serving the API under /api and the built SPA everywhere else. */
export function createServerApp(deps: AppDeps, distDir: string) {
  const indexHtml = () => readFileSync(join(distDir, 'index.html'), 'utf8');
  return (
    new Hono()
      .use(securityHeaders())
      .route('/api', createApi(deps))
      // A path under /api no route has: JSON, never the SPA's page.
      .all('/api/*', (c) => c.json({ message: `no route for ${c.req.method} ${c.req.path}` }, 404))
      .use('/assets/*', async (c, next) => {
        await next();
        // Vite puts a content hash in every asset name: safe to cache forever.
        if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
      })
      .use('/*', serveStatic({ root: distDir }))
      // Client-side routes (#/requests/12 or /requests/12) all load the SPA.
      .get('*', (c) => c.html(indexHtml(), 200, { 'Cache-Control': 'no-cache' }))
      .onError(onError)
  );
}

export function listen(app: Hono, port: number, hostname: string): Promise<ServerType & { port: number }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) =>
      resolve(Object.assign(server, { port: info.port })),
    );
  });
}
