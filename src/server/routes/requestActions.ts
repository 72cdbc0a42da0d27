import { Hono } from 'hono';
import type { AppEnv, StaffIdentity } from '../env.ts';
import type { Database } from '../db/database.ts';
import { ApiError, badRequest } from '../http/errors.ts';
import { ifMatchVersion } from '../http/etag.ts';
import { idParam } from '../http/params.ts';
import { validate } from '../http/validate.ts';
import { approveRequest } from '../actions/approveRequest.ts';
import { claimRequest } from '../actions/claimRequest.ts';
import { claimNextRequest } from '../actions/claimNextRequest.ts';
import { pauseInstead } from '../actions/pauseInstead.ts';
import { reassignRequest } from '../actions/reassignRequest.ts';
import { rejectRequest } from '../actions/rejectRequest.ts';
import { releaseRequest } from '../actions/releaseRequest.ts';
import { requestInfo } from '../actions/requestInfo.ts';
import { bulkInput, reassignInput, rejectInput, requestInfoInput } from '../../domain/actionInputs.ts';

/** Staff actions carry the version they saw: `If-Match: "<version>"`; without it, 428. */
function requiredVersion(header: string | undefined): number {
  const version = ifMatchVersion(header);
  if (version === null) throw new ApiError(428, 'send If-Match with the version you saw (the ETag of GET /api/requests/:id)');
  return version;
}

type Simple = (database: Database, id: number, version: number | null, user: StaffIdentity, now: Date) => Promise<unknown>;
const simple: Record<string, Simple> = { claim: claimRequest, release: releaseRequest, approve: approveRequest, 'pause-instead': pauseInstead };

export const requestActions = new Hono<AppEnv>()
  .post('/next', async (c) => {
    // "Next request": claim the unclaimed request due soonest, for a reviewer working the queue.
    const row = await claimNextRequest(c.var.deps.database, c.var.user, c.var.deps.now());
    if (!row) return c.json({ message: 'no unclaimed request is waiting' }, 404);
    return c.json(row);
  })
  .post('/bulk/:action{claim|release|reassign}', validate('json', bulkInput), async (c) => {
    const action = c.req.param('action');
    const { ids, assigneeId } = c.req.valid('json');
    if (action === 'reassign' && !assigneeId) throw badRequest('reassign needs assigneeId', { assigneeId: 'required' });
    const results = [];
    // One transaction per item: a bulk action answers for each request and
    // never hides a refusal behind an all-or-nothing failure.
    for (const id of ids) {
      try {
        const now = c.var.deps.now();
        const row = action === 'reassign'
          ? await reassignRequest(c.var.deps.database, id, null, c.var.user, assigneeId!, now)
          : await simple[action]!(c.var.deps.database, id, null, c.var.user, now);
        results.push({ id, ok: true, status: (row as { status: string }).status });
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        results.push({ id, ok: false, message: e.message, httpStatus: e.status });
      }
    }
    return c.json({ results });
  })
  .post('/:id/:action{claim|release|approve|pause-instead}', async (c) => {
    const id = idParam(c.req.param('id'));
    const version = requiredVersion(c.req.header('If-Match'));
    const row = await simple[c.req.param('action')]!(c.var.deps.database, id, version, c.var.user, c.var.deps.now());
    return withEtag(c, row);
  })
  .post('/:id/reassign', validate('json', reassignInput), async (c) => {
    const id = idParam(c.req.param('id'));
    const version = requiredVersion(c.req.header('If-Match'));
    const row = await reassignRequest(c.var.deps.database, id, version, c.var.user, c.req.valid('json').assigneeId, c.var.deps.now());
    return withEtag(c, row);
  })
  .post('/:id/request-info', validate('json', requestInfoInput), async (c) => {
    const id = idParam(c.req.param('id'));
    const version = requiredVersion(c.req.header('If-Match'));
    const row = await requestInfo(c.var.deps.database, id, version, c.var.user, c.req.valid('json'), c.var.deps.now());
    return withEtag(c, row);
  })
  .post('/:id/reject', validate('json', rejectInput), async (c) => {
    const id = idParam(c.req.param('id'));
    const version = requiredVersion(c.req.header('If-Match'));
    const row = await rejectRequest(c.var.deps.database, id, version, c.var.user, c.req.valid('json'), c.var.deps.now());
    return withEtag(c, row);
  });

function withEtag(c: { header: (k: string, v: string) => void; json: (o: unknown) => Response }, row: unknown) {
  c.header('ETag', `"${(row as { version: number }).version}"`);
  return c.json(row);
}
