import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { findIntakeKey } from '../sql/intakeAccess.ts';

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * The customer portal and customer service authenticate with an API key
 * (`Authorization: Bearer <key>` or `X-Api-Key`), stored hashed. A staff
 * session cookie is never accepted here, nor a key on staff routes.
 */
export const requireIntakeKey = createMiddleware<AppEnv>(async (c, next) => {
  const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
  const key = bearer ?? c.req.header('X-Api-Key');
  if (!key) throw new ApiError(401, 'an intake API key is required');
  const row = await findIntakeKey(c.var.db, hashApiKey(key.trim()));
  if (!row) throw new ApiError(401, 'unknown or revoked intake API key');
  c.set('intakeKey', { id: row.id, name: row.name, accountId: row.accountId });
  await next();
});
