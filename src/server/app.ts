import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import type { AppDeps } from './context.ts';
import { createRouter } from './http/createRouter.ts';
import { csrfCheck } from './http/csrf.ts';
import { ApiError, onError } from './http/errors.ts';
import { serveOpenApiDocument } from './http/openApiDocument.ts';
import { securityHeaders } from './http/securityHeaders.ts';
import { accountRoutes } from './routes/accounts/accounts.index.ts';
import { authRoutes } from './routes/auth/auth.index.ts';
import { calendarRoutes } from './routes/calendar/calendar.index.ts';
import { documentRoutes, requestDocumentRoutes } from './routes/documents/documents.index.ts';
import { healthRoutes } from './routes/health/health.index.ts';
import { intakeRoutes } from './routes/intake/intake.index.ts';
import { notificationRoutes } from './routes/notifications/notifications.index.ts';
import { profileRoutes } from './routes/profile/profile.index.ts';
import { requestActionRoutes } from './routes/requestActions/requestActions.index.ts';
import { requestRoutes } from './routes/requests/requests.index.ts';
import { refundRoutes } from './routes/refunds/refunds.index.ts';
import { settingsRoutes } from './routes/settings/settings.index.ts';
import { statsRoutes } from './routes/stats/stats.index.ts';
import { auditEventRoutes, orderRoutes } from './routes/tables/tables.index.ts';
import { userRoutes } from './routes/users/users.index.ts';

/**
 * The HTTP API, independent of how it is served: `serve.ts` puts it on a Node
 * port beside the SPA, `mocks/` hands it msw's requests in tests. Every route
 * is a definition (`*.routes.ts`) that validates the request and is a path
 * of the OpenAPI document served at /api/openapi.json, with the access it needs.
 */
export function createApi(deps: AppDeps) {
  // Each route checks its own access (defineRoute): a session and a permission,
  // an intake key, or none; so a path no route has is a 404 for everyone.
  const staff = createRouter()
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
    .route('/profile', profileRoutes)
    .route('/stats', statsRoutes)
    .route('/calendar', calendarRoutes)
    .route('/settings', settingsRoutes);

  const api = createRouter();
  api
    .use(securityHeaders())
    // The intake API is called server to server with a key, never by a browser holding a cookie.
    .use(except(isIntake, csrfCheck))
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

function isIntake(c: { req: { path: string } }): boolean {
  return /^(?:\/api)?\/intake(?:\/|$)/.test(c.req.path);
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
