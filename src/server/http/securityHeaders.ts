import { secureHeaders } from 'hono/secure-headers';

/**
 * The page may load only what it serves itself. No inline script anywhere
 * (index.html has none); styles allow inline because emotion (MUI) inserts
 * <style> elements at run time. pdf.js runs its worker from a same-origin
 * asset; document previews draw images from blob: and data: URLs.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'blob:', 'data:'],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * CSP, nosniff, Referrer-Policy and the rest on every answer, the SPA's and
 * the API's. A handler's own header wins (`overwrite: false`): an uploaded
 * file is served with `Content-Security-Policy: sandbox` instead.
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    overwrite: false,
  });
