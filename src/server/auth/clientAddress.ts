import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';

/**
 * The address a login attempt is counted against: the socket's peer. A client
 * can write any X-Forwarded-For it likes, so that header counts only when
 * TRUST_PROXY=1 says a proxy in front sets it; then its first hop is the client.
 * Without a socket (msw, `app.request()` in tests) it is 'unknown', one shared
 * bucket, which is what an attacker hiding their address would get too.
 */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.var.deps.trustProxy) {
    const first = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (first) return first;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
