import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError, badRequest } from './errors.ts';

/** `If-Match: "7"` → 7. Absent → null; anything else is a 400. */
function ifMatchVersion(header: string | undefined): number | null {
  if (header === undefined) return null;
  const m = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!m) throw badRequest('If-Match must be the quoted version from the ETag, e.g. "3"');
  return Number(m[1]);
}

/** A change that must carry the version its author saw: without If-Match, 428. */
export function requiredVersion(
  version: number | null,
  resource: 'requests' | 'documents' | 'refunds' | 'calendar' | 'settings',
): number {
  const path = resource === 'settings' ? '' : resource === 'calendar' ? '/:date' : '/:id';
  if (version === null)
    throw new ApiError(428, `send If-Match with the version you saw (the ETag of GET /api/${resource}${path})`);
  return version;
}

/** The record's version as its ETag, which a later change sends back in If-Match. */
const etag = (version: number) => `"${version}"`;

export function setEtag(c: Context, version: number): void {
  c.header('ETag', etag(version));
}

const ifMatch = z.string().optional().transform(ifMatchVersion);

/** An optional If-Match, read as the version number (or null). */
export const ifMatchHeaders = z.object({
  'If-Match': ifMatch.openapi({ description: 'the version you saw, quoted: "3" (the ETag)' }),
});

/**
 * If-Match that a change needs, read as the version number (or null, which
 * `requiredVersion` answers with 428: a missing header is a precondition
 * the client must meet, not a malformed request).
 */
export const requiredIfMatchHeaders = (resource: 'requests' | 'documents' | 'refunds' | 'settings') =>
  z.object({
    'If-Match': ifMatch.openapi({
      description: `the version you saw, quoted: "3" (the ETag of GET /api/${resource}${resource === 'settings' ? '' : '/{id}'})`,
      param: { required: true },
    }),
  });
