import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './context.ts';
import { requireStaff } from './auth/requireStaff.ts';
import { createRouter } from './http/createRouter.ts';
import { ApiError, onError } from './http/errors.ts';
import { serveOpenApiDocument } from './http/openApiDocument.ts';
import { accountRoutes } from './routes/accounts/accounts.index.ts';
import { authRoutes } from './routes/auth/auth.index.ts';
import { documentRoutes, requestDocumentRoutes } from './routes/documents/documents.index.ts';
import { healthRoutes } from './routes/health/health.index.ts';
import { intakeRoutes } from './routes/intake/intake.index.ts';
import { notificationRoutes } from './routes/notifications/notifications.index.ts';
import { profileRoutes } from './routes/profile/profile.index.ts';
import { requestActionRoutes } from './routes/requestActions/requestActions.index.ts';
import { requestRoutes } from './routes/requests/requests.index.ts';
import { auditEventRoutes, orderRoutes, refundRoutes } from './routes/tables/tables.index.ts';
import { userRoutes } from './routes/users/users.index.ts';

/**
 * The HTTP API, independent of how it is served: `serve.ts` puts it on a Node
 * port beside the SPA, `mocks/` hands it msw's requests in tests. Every route
 * is a definition (`*.routes.ts`) that validates the request and is a path
 * of the OpenAPI document served at /api/openapi.json.
 */
export function createApi(deps: AppDeps) {
  const staff = createRouter();
  staff.use(requireStaff);
  staff
    .route('/requests', requestActionRoutes)
    .route('/requests', requestDocumentRoutes)
    .route('/requests', requestRoutes)
    .route('/accounts', accountRoutes)
    .route('/orders', orderRoutes)
    .route('/documents', documentRoutes)
    .route('/refunds', refundRoutes)
    .route('/audit-events', auditEventRoutes)
    .route('/users', userRoutes)
    .route('/notifications', notificationRoutes)
    .route('/profile', profileRoutes);

  const api = createRouter();
  api
    .use(secureHeaders())
    .use(async (c, next) => {
      c.set('deps', deps);
      c.set('db', deps.database.db);
      await next();
    })
    // Document uploads stream to disk with a limit of their own (10 MB, documents/receiveUpload.ts).
    .use(
      except(
        isDocumentUpload,
        bodyLimit({
          maxSize: 1024 * 1024,
          onError: () => {
            throw new ApiError(413, 'request body is larger than 1 MB');
          },
        }),
      ),
    );
  // Public and key-only routes come before the staff sub-app, whose session check covers every path after it.
  api.route('/health', healthRoutes);
  serveOpenApiDocument(api);
  api
    .route('/auth', authRoutes)
    .route('/intake', intakeRoutes)
    .route('/', staff)
    .notFound((c) => c.json({ message: `no route for ${c.req.method} ${c.req.path}` }, 404))
    .onError(onError);
  return api;
}

/** POST /api/requests/:id/documents and /api/intake/requests/:number/documents. */
function isDocumentUpload(c: { req: { method: string; path: string } }): boolean {
  return c.req.method === 'POST' && /\/(?:intake\/)?requests\/[^/]+\/documents$/.test(c.req.path);
}

export function createApp(deps: AppDeps) {
  return new Hono()
    .route('/api', createApi(deps))
    .notFound((c) => c.json({ message: 'not found' }, 404))
    .onError(onError);
}
