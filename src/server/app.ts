import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './env.ts';
import { ApiError, onError } from './http/errors.ts';
import { requireStaff } from './auth/requireStaff.ts';
import { auth } from './routes/auth.ts';
import { intake } from './routes/intake.ts';
import { health } from './routes/health.ts';
import { openapi } from './routes/openapi.ts';
import { requests } from './routes/requests.ts';
import { requestActions } from './routes/requestActions.ts';
import { accounts, auditEvents, orders, refunds } from './routes/resources.ts';
import { documents, requestDocuments } from './routes/documents.ts';
import { users } from './routes/users.ts';
import { notifications } from './routes/notifications.ts';

/**
 * The HTTP API, independent of how it is served: `serve.ts` puts it on a Node
 * port beside the SPA, `mocks/` hands it msw's requests in tests.
 */
export function createApi(deps: AppDeps) {
  const staff = new Hono<AppEnv>()
    .use(requireStaff)
    .route('/requests', requestActions)
    .route('/requests', requestDocuments)
    .route('/requests', requests)
    .route('/accounts', accounts)
    .route('/orders', orders)
    .route('/documents', documents)
    .route('/refunds', refunds)
    .route('/audit-events', auditEvents)
    .route('/users', users)
    .route('/notifications', notifications);

  return new Hono<AppEnv>()
    .use(secureHeaders())
    .use(async (c, next) => {
      c.set('deps', deps);
      c.set('db', deps.database.db);
      await next();
    })
    // Document uploads stream to disk with a limit of their own (10 MB, documents/receiveUpload.ts).
    .use(except(isDocumentUpload, bodyLimit({ maxSize: 1024 * 1024, onError: () => { throw new ApiError(413, 'request body is larger than 1 MB'); } })))
    .route('/health', health)
    .route('/openapi.json', openapi)
    .route('/auth', auth)
    .route('/intake', intake)
    .route('/', staff)
    .notFound((c) => c.json({ message: `no route for ${c.req.method} ${c.req.path}` }, 404))
    .onError(onError);
}

/** POST /api/requests/:id/documents and /api/intake/requests/:number/documents. */
function isDocumentUpload(c: { req: { method: string; path: string } }): boolean {
  return c.req.method === 'POST' && /\/(?:intake\/)?requests\/[^/]+\/documents$/.test(c.req.path);
}

export function createApp(deps: AppDeps) {
  return new Hono().route('/api', createApi(deps)).notFound((c) => c.json({ message: 'not found' }, 404)).onError(onError);
}
