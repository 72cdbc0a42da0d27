import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery, on top of the SameSite cookie: a state-changing
 * call is refused when the browser says it comes from another site. Browsers
 * send `Sec-Fetch-Site`, which survives a proxy that rewrites Host, so it
 * decides when present; otherwise an `Origin` must be this server's own.
 * A call with neither comes from no browser (curl, a script): no forgery.
 * Any content type is checked, not only the HTML form ones.
 */
export const csrfCheck = createMiddleware(async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method) && !isSameOrigin(c.req.raw)) {
    throw new ApiError(403, 'this request comes from another site and was refused', undefined, { code: 'csrf' });
  }
  await next();
});

export function isSameOrigin(req: Request): boolean {
  const site = req.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = req.headers.get('origin');
  if (!origin) return true;
  return origin === new URL(req.url).origin;
}
